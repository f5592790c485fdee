package org.countryofficeportal.office.staff;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.countryofficeportal.office.Country;
import org.countryofficeportal.office.Office;
import org.countryofficeportal.office.OfficeCommands;
import org.countryofficeportal.office.OfficeService;
import org.countryofficeportal.office.ProgrammeStatus;
import org.countryofficeportal.staff.ConflictField;
import org.countryofficeportal.staff.FormTokens;
import org.countryofficeportal.staff.PostedRows;
import org.countryofficeportal.staff.StaffMessages;

import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Administrators edit an office: its facts, the countries it covers, its overview sections and programmes (rows
 * added, moved and removed on the form before one save), areas of work and the country programme.
 */
@Named
@RequestScoped
public class OfficeEditor {

    static final String PAGE = "/admin/office.xhtml";
    private static final String FORM = "office";

    @EJB
    private OfficeService offices;

    @Inject
    private StaffMessages messages;

    @Inject
    private FormTokens tokens;

    @Inject
    private HttpServletRequest request;

    private final OfficeForm form = new OfficeForm();
    private Office office;
    private List<ConflictField> theirs = List.of();

    @PostConstruct
    void open() {
        office = Optional.ofNullable(request.getParameter("id")).flatMap(offices::find).orElse(null);
        form.expect(PostedRows.of(request, FORM + ":sections"), PostedRows.of(request, FORM + ":programmes"));
    }

    public void load() {
        if (office != null) {
            form.show(office);
        } else if (request.getParameter("id") != null) {
            messages.error("There is no office '" + request.getParameter("id") + "'.");
        }
    }

    public void save() {
        messages.send(FORM, () -> office == null
                        ? offices.create(new OfficeCommands.Create(form.getId(), form.description(), tokens.submission()))
                        : offices.update(new OfficeCommands.Update(office.id(), form.getVersion(), form.description(),
                                tokens.submission())))
                .ifConflict(this::showTheirs)
                .thenShow(saved -> "Office saved.", saved -> PAGE + "?id=" + saved.id(), OfficesView.PAGE);
    }

    public void delete() {
        messages.send(FORM, () -> offices.delete(new OfficeCommands.Delete(office.id(), form.getVersion(), tokens.submission())))
                .ifConflict(this::showTheirs)
                .thenShow(name -> "Office “" + name + "” deleted.", OfficesView.PAGE);
    }

    private void showTheirs() {
        offices.find(office.id()).ifPresent(this::showTheirs);
    }

    public void addSection() {
        form.expect(form.getSections().size() + 1, form.getProgrammes().size());
    }

    public void removeSection(int index) {
        form.sectionRows().remove(index);
    }

    /** Swaps a section with the one before ({@code -1}) or after ({@code +1}) it. */
    public void moveSection(int index, int direction) {
        swap(form.sectionRows(), index, direction);
    }

    public void addProgramme() {
        form.expect(form.getSections().size(), form.getProgrammes().size() + 1);
    }

    public void removeProgramme(int index) {
        form.programmeRows().remove(index);
    }

    public void moveProgramme(int index, int direction) {
        swap(form.programmeRows(), index, direction);
    }

    private static void swap(List<?> rows, int index, int direction) {
        int other = index + direction;
        if (index >= 0 && index < rows.size() && other >= 0 && other < rows.size()) {
            Collections.swap(rows, index, other);
        }
    }

    private void showTheirs(Office stored) {
        office = stored;
        OfficeCommands.Description mine = form.description();
        theirs = List.of(ConflictField.of("Name", stored.name(), mine.name()),
                ConflictField.of("Short name", stored.shortName(), mine.shortName()),
                ConflictField.of("City", stored.city().orElse(null), mine.city()),
                ConflictField.of("History", stored.history().orElse(null), mine.history()),
                ConflictField.of("Overview", stored.sections().stream().map(s -> s.heading() + "\n" + s.body())
                        .collect(Collectors.joining("\n\n")), mine.sections().stream().map(s -> s.heading() + "\n" + s.body())
                        .collect(Collectors.joining("\n\n"))),
                ConflictField.of("Areas of work", String.join("\n", stored.areasOfWork()), String.join("\n", mine.areasOfWork())));
        form.setVersion(stored.version());
        messages.error("This office was saved elsewhere, by a colleague or by you in another tab, while you were editing it. Nothing of yours was saved. What was saved"
                + " is shown beside your form: keep what you want, then save again.");
    }

    public OfficeForm getForm() {
        return form;
    }

    public boolean isExisting() {
        return office != null;
    }

    public Office getOffice() {
        return office;
    }

    public List<ConflictField> getTheirs() {
        return theirs;
    }

    public List<Office> getOffices() {
        return offices.all().stream().filter(other -> office == null || !other.id().equals(office.id())).toList();
    }

    public List<Country> getAllCountries() {
        return offices.countries();
    }

    public List<String> getTimeZones() {
        return ZoneId.getAvailableZoneIds().stream().filter(zone -> zone.contains("/") && !zone.startsWith("Etc/")
                && !zone.startsWith("SystemV/")).sorted().toList();
    }

    public ProgrammeStatus[] getProgrammeStatuses() {
        return ProgrammeStatus.values();
    }

    public boolean isConfirmingDelete() {
        return office != null && "delete".equals(request.getParameter("ask"));
    }
}
