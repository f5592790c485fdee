package org.countryofficeportal.office;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.NotBlank;
import org.countryofficeportal.office.OfficeDetails.SectionDraft;
import org.countryofficeportal.platform.StaffMessages;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Administrators edit an office: its facts, the countries it covers, its overview sections (added, reordered and
 * removed on the form before one save), areas of work, programmes and country programme.
 */
@Named("officeEditor")
@ViewScoped
public class OfficeEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private OfficeService offices;

    @Inject
    private StaffMessages messages;

    private String id;
    private boolean existing;
    private long version;
    @NotBlank(message = "Give the office's name.")
    @Size(max = 300, message = "A name has at most 300 characters.")
    private String name;
    @NotBlank(message = "Give the office's short name.")
    @Size(max = 60, message = "A short name has at most 60 characters.")
    private String shortName;
    private String city;
    private String address;
    private String timeZone = "UTC";
    @Pattern(regexp = "|(19|20|21)[0-9]{2}", message = "The year opened is four digits, e.g. 1970.")
    private String yearOpened;
    private String history;
    private String parent;
    private List<String> countries = new ArrayList<>();
    private List<SectionDraft> sections = new ArrayList<>();
    private String areasOfWork;
    private String programmes;
    private String countryProgrammeTitle;
    private String countryProgrammeFrom;
    private String countryProgrammeTo;
    private String countryProgrammeSignedOn;
    private String priorities;
    private OfficeDetails theirs;

    public void load() {
        if (id == null || id.isBlank()) {
            return;
        }
        offices.find(id).ifPresentOrElse(this::show, () -> {
            messages.error(null, "There is no office '" + id + "'.");
            id = null;
        });
    }

    private void show(Office office) {
        existing = true;
        id = office.id();
        version = office.version();
        OfficeDetails details = OfficeDetails.of(office);
        name = details.name();
        shortName = details.shortName();
        city = details.city();
        address = details.address();
        timeZone = details.timeZone();
        yearOpened = details.yearOpened();
        history = details.history();
        parent = details.parent();
        countries = new ArrayList<>(details.countries());
        sections = new ArrayList<>(details.sections());
        areasOfWork = details.areasOfWork();
        programmes = details.programmes();
        countryProgrammeTitle = details.countryProgrammeTitle();
        countryProgrammeFrom = details.countryProgrammeFrom();
        countryProgrammeTo = details.countryProgrammeTo();
        countryProgrammeSignedOn = details.countryProgrammeSignedOn();
        priorities = details.priorities();
        theirs = null;
    }

    public void addSection() {
        sections.add(new SectionDraft("", ""));
    }

    public void removeSection(int index) {
        sections.remove(index);
    }

    /** Swaps a section with the one before ({@code -1}) or after ({@code +1}) it. */
    public void moveSection(int index, int direction) {
        int other = index + direction;
        if (other >= 0 && other < sections.size()) {
            Collections.swap(sections, index, other);
        }
    }

    public void save() {
        OfficeDetails details = new OfficeDetails(name, shortName, city, address, timeZone, yearOpened, history, parent,
                List.copyOf(countries), List.copyOf(sections), areasOfWork, programmes, countryProgrammeTitle,
                countryProgrammeFrom, countryProgrammeTo, countryProgrammeSignedOn, priorities);
        if (!messages.attempt(() -> {
            show(existing ? offices.update(id, version, details) : offices.create(id, details));
            return "Office saved.";
        }) && existing) {
            // Saved meanwhile by someone else: their version beside the editor's, and the next save goes over it knowingly.
            offices.find(id).filter(stored -> stored.version() != version).ifPresent(stored -> {
                theirs = OfficeDetails.of(stored);
                version = stored.version();
            });
        }
    }

    public void delete() throws IOException {
        if (messages.attempt(() -> {
            offices.delete(id, version);
            return "Office '" + id + "' deleted.";
        })) {
            messages.redirectTo("/admin/offices.xhtml");
        }
    }

    public List<Office> getOffices() {
        return offices.all();
    }

    public List<Country> getAllCountries() {
        return offices.countries();
    }

    public OfficeDetails getTheirs() {
        return theirs;
    }

    public boolean isExisting() {
        return existing;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getShortName() {
        return shortName;
    }

    public void setShortName(String shortName) {
        this.shortName = shortName;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public String getYearOpened() {
        return yearOpened;
    }

    public void setYearOpened(String yearOpened) {
        this.yearOpened = yearOpened;
    }

    public String getHistory() {
        return history;
    }

    public void setHistory(String history) {
        this.history = history;
    }

    public String getParent() {
        return parent;
    }

    public void setParent(String parent) {
        this.parent = parent;
    }

    public List<String> getCountries() {
        return countries;
    }

    public void setCountries(List<String> countries) {
        this.countries = countries;
    }

    public List<SectionDraft> getSections() {
        return sections;
    }

    public String getAreasOfWork() {
        return areasOfWork;
    }

    public void setAreasOfWork(String areasOfWork) {
        this.areasOfWork = areasOfWork;
    }

    public String getProgrammes() {
        return programmes;
    }

    public void setProgrammes(String programmes) {
        this.programmes = programmes;
    }

    public String getCountryProgrammeTitle() {
        return countryProgrammeTitle;
    }

    public void setCountryProgrammeTitle(String countryProgrammeTitle) {
        this.countryProgrammeTitle = countryProgrammeTitle;
    }

    public String getCountryProgrammeFrom() {
        return countryProgrammeFrom;
    }

    public void setCountryProgrammeFrom(String countryProgrammeFrom) {
        this.countryProgrammeFrom = countryProgrammeFrom;
    }

    public String getCountryProgrammeTo() {
        return countryProgrammeTo;
    }

    public void setCountryProgrammeTo(String countryProgrammeTo) {
        this.countryProgrammeTo = countryProgrammeTo;
    }

    public String getCountryProgrammeSignedOn() {
        return countryProgrammeSignedOn;
    }

    public void setCountryProgrammeSignedOn(String countryProgrammeSignedOn) {
        this.countryProgrammeSignedOn = countryProgrammeSignedOn;
    }

    public String getPriorities() {
        return priorities;
    }

    public void setPriorities(String priorities) {
        this.priorities = priorities;
    }
}
