package org.countryofficeportal.office.staff;

import org.countryofficeportal.office.Country;
import org.countryofficeportal.office.Office;
import org.countryofficeportal.office.OfficeCommands;
import org.countryofficeportal.office.ProgrammeStatus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An office's page as a form, named after the properties of the commands it sends: facts, countries, overview
 * sections and programmes (rows staff add, move and remove before one save), areas of work and priorities (one per
 * line).
 */
public class OfficeForm {

    private String id;
    private long version;
    private String name;
    private String shortName;
    private String city;
    private String address;
    private String timeZone = "UTC";
    private Integer yearOpened;
    private String history;
    private String parent;
    private List<String> countries = new ArrayList<>();
    private final List<SectionRow> sections = new ArrayList<>();
    private List<String> areasOfWork = new ArrayList<>();
    private final List<ProgrammeRow> programmes = new ArrayList<>();
    private String programmeTitle;
    private Integer programmeFrom;
    private Integer programmeTo;
    private LocalDate programmeSignedOn;
    private List<String> priorities = new ArrayList<>();

    /** A row of the overview: heading and text. */
    public static class SectionRow {
        private String heading;
        private String body;

        public String getHeading() {
            return heading;
        }

        public void setHeading(String heading) {
            this.heading = heading;
        }

        public String getBody() {
            return body;
        }

        public void setBody(String body) {
            this.body = body;
        }

        boolean isBlank() {
            return (heading == null || heading.isBlank()) && (body == null || body.isBlank());
        }
    }

    /** A row of the programmes: title, whether implemented or ongoing, and years. */
    public static class ProgrammeRow {
        private String title;
        private ProgrammeStatus status;
        private Integer fromYear;
        private Integer toYear;

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public ProgrammeStatus getStatus() {
            return status;
        }

        public void setStatus(ProgrammeStatus status) {
            this.status = status;
        }

        public Integer getFromYear() {
            return fromYear;
        }

        public void setFromYear(Integer fromYear) {
            this.fromYear = fromYear;
        }

        public Integer getToYear() {
            return toYear;
        }

        public void setToYear(Integer toYear) {
            this.toYear = toYear;
        }

        boolean isBlank() {
            return (title == null || title.isBlank()) && status == null && fromYear == null && toYear == null;
        }
    }

    void show(Office office) {
        id = office.id();
        version = office.version();
        name = office.name();
        shortName = office.shortName();
        city = office.city().orElse(null);
        address = office.address().orElse(null);
        timeZone = office.timeZone().getId();
        yearOpened = office.yearOpened().orElse(null);
        history = office.history().orElse(null);
        parent = office.parent().map(Office::id).orElse(null);
        countries = new ArrayList<>(office.countries().stream().map(Country::id).toList());
        sections.clear();
        office.sections().forEach(section -> {
            SectionRow row = new SectionRow();
            row.heading = section.heading();
            row.body = section.body();
            sections.add(row);
        });
        areasOfWork = office.areasOfWork();
        programmes.clear();
        office.programmes().forEach(programme -> {
            ProgrammeRow row = new ProgrammeRow();
            row.title = programme.title();
            row.status = programme.status();
            row.fromYear = programme.fromYear();
            row.toYear = programme.toYear();
            programmes.add(row);
        });
        office.countryProgramme().ifPresent(inForce -> {
            programmeTitle = inForce.title();
            programmeFrom = inForce.fromYear();
            programmeTo = inForce.toYear();
            programmeSignedOn = inForce.signedOn();
        });
        priorities = office.countryProgrammePriorities();
    }

    /** Makes the rows a post sent, so that their fields can be read into them. */
    void expect(int sectionRows, int programmeRows) {
        while (sections.size() < sectionRows) {
            sections.add(new SectionRow());
        }
        while (programmes.size() < programmeRows) {
            programmes.add(new ProgrammeRow());
        }
    }

    /** The office as the form describes it; rows left empty are none. */
    OfficeCommands.Description description() {
        boolean hasProgramme = programmeTitle != null && !programmeTitle.isBlank() || !priorities.isEmpty();
        return new OfficeCommands.Description(name, shortName, city, address, timeZone, yearOpened, history,
                parent == null || parent.isBlank() ? null : parent, List.copyOf(countries),
                sections.stream().filter(row -> !row.isBlank())
                        .map(row -> new OfficeCommands.SectionText(trim(row.heading), trim(row.body))).toList(),
                List.copyOf(areasOfWork),
                programmes.stream().filter(row -> !row.isBlank())
                        .map(row -> new OfficeCommands.ProgrammeText(trim(row.title), row.status, row.fromYear, row.toYear)).toList(),
                hasProgramme ? new OfficeCommands.CountryProgrammeText(trim(programmeTitle), programmeFrom, programmeTo,
                        programmeSignedOn, List.copyOf(priorities)) : null);
    }

    private static String trim(String text) {
        return text == null ? null : text.strip();
    }

    List<SectionRow> sectionRows() {
        return sections;
    }

    List<ProgrammeRow> programmeRows() {
        return programmes;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
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

    public Integer getYearOpened() {
        return yearOpened;
    }

    public void setYearOpened(Integer yearOpened) {
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

    public List<SectionRow> getSections() {
        return sections;
    }

    public List<String> getAreasOfWork() {
        return areasOfWork;
    }

    public void setAreasOfWork(List<String> areasOfWork) {
        this.areasOfWork = areasOfWork;
    }

    public List<ProgrammeRow> getProgrammes() {
        return programmes;
    }

    public String getProgrammeTitle() {
        return programmeTitle;
    }

    public void setProgrammeTitle(String programmeTitle) {
        this.programmeTitle = programmeTitle;
    }

    public Integer getProgrammeFrom() {
        return programmeFrom;
    }

    public void setProgrammeFrom(Integer programmeFrom) {
        this.programmeFrom = programmeFrom;
    }

    public Integer getProgrammeTo() {
        return programmeTo;
    }

    public void setProgrammeTo(Integer programmeTo) {
        this.programmeTo = programmeTo;
    }

    public LocalDate getProgrammeSignedOn() {
        return programmeSignedOn;
    }

    public void setProgrammeSignedOn(LocalDate programmeSignedOn) {
        this.programmeSignedOn = programmeSignedOn;
    }

    public List<String> getPriorities() {
        return priorities;
    }

    public void setPriorities(List<String> priorities) {
        this.priorities = priorities;
    }
}
