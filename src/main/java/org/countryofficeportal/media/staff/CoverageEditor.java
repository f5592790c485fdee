package org.countryofficeportal.media.staff;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.countryofficeportal.media.MediaCommands;
import org.countryofficeportal.media.MediaCoverage;
import org.countryofficeportal.media.MediaCoverageService;
import org.countryofficeportal.office.Office;
import org.countryofficeportal.office.OfficeService;
import org.countryofficeportal.staff.ConflictField;
import org.countryofficeportal.staff.FormTokens;
import org.countryofficeportal.staff.StaffMessages;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** Staff record an article about an office ({@code ?slug=} to edit one), or delete it after saying yes. */
@Named
@RequestScoped
public class CoverageEditor {

    private static final String FORM = "coverage";

    @EJB
    private MediaCoverageService coverage;

    @EJB
    private OfficeService offices;

    @Inject
    private StaffMessages messages;

    @Inject
    private FormTokens tokens;

    @Inject
    private HttpServletRequest request;

    private final CoverageForm form = new CoverageForm();
    private MediaCoverage item;
    private List<ConflictField> theirs = List.of();

    @PostConstruct
    void open() {
        item = Optional.ofNullable(request.getParameter("slug")).flatMap(coverage::find)
                .filter(found -> found.deletedAt().isEmpty()).orElse(null);
    }

    public void load() {
        if (item != null) {
            form.show(item);
        } else if (request.getParameter("slug") != null) {
            messages.error("There is no such item: it may have been deleted. The list shows those there are.");
        } else {
            offices.all().stream().findFirst().ifPresent(form::startIn);
        }
    }

    public void save() {
        messages.send(FORM, () -> item == null
                        ? coverage.create(new MediaCommands.Create(form.getSlug(), form.article(), tokens.submission()))
                        : coverage.update(new MediaCommands.Update(item.slug(), form.getVersion(), form.article(), tokens.submission())))
                .ifConflict(this::showTheirs)
                .thenShow(saved -> "Media item “" + saved.title() + "” saved.", MediaList.PAGE);
    }

    public void delete() {
        messages.send(FORM, () -> coverage.delete(new MediaCommands.Delete(item.slug(), form.getVersion(), tokens.submission())))
                .ifConflict(this::showTheirs)
                .thenShow(deleted -> "Media item “" + deleted.title() + "” deleted: it is off the site and the apps."
                        + " Restore it from the list if that was a mistake.", MediaList.PAGE);
    }

    private void showTheirs() {
        coverage.find(item.slug()).ifPresent(this::showTheirs);
    }

    private void showTheirs(MediaCoverage stored) {
        MediaCommands.Article mine = form.article();
        theirs = List.of(ConflictField.of("Title", stored.title(), mine.title()),
                ConflictField.of("Outlet", stored.outlet(), mine.outlet()),
                ConflictField.of("Dateline", stored.dateline().orElse(null), mine.dateline()),
                ConflictField.of("Text", stored.text(), mine.text()));
        form.setVersion(stored.version());
        messages.error("This item was saved elsewhere, by a colleague or by you in another tab, while you were editing it. Nothing of yours was saved. What was saved"
                + " is shown beside your form: keep what you want, then save again.");
    }

    public CoverageForm getForm() {
        return form;
    }

    public boolean isExisting() {
        return item != null;
    }

    public boolean isConfirmingDelete() {
        return item != null && "delete".equals(request.getParameter("ask"));
    }

    public List<ConflictField> getTheirs() {
        return theirs;
    }

    public List<Office> getOffices() {
        return offices.all();
    }

    public List<String> getTimeZones() {
        return ZoneId.getAvailableZoneIds().stream().filter(zone -> zone.contains("/") && !zone.startsWith("Etc/")
                && !zone.startsWith("SystemV/")).sorted().toList();
    }
}
