package org.countryofficeportal.office;

import org.countryofficeportal.platform.Changes;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An office as staff write it on its form. Lists the form shows as text take one item per line: areas of work,
 * country-programme priorities, and programmes as "title | IMPLEMENTED or ONGOING | from year | to year".
 */
public record OfficeDetails(String name, String shortName, String city, String address, String timeZone, String yearOpened,
                            String history, String parent, List<String> countries, List<SectionDraft> sections,
                            String areasOfWork, String programmes, String countryProgrammeTitle, String countryProgrammeFrom,
                            String countryProgrammeTo, String countryProgrammeSignedOn, String priorities) implements Serializable {

    /** An overview section on the form: staff add, edit, reorder and remove them before saving. */
    public static final class SectionDraft implements Serializable {

        private static final long serialVersionUID = 1L;

        private String heading;
        private String body;

        public SectionDraft(String heading, String body) {
            this.heading = heading;
            this.body = body;
        }

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
            return blank(heading) && blank(body);
        }
    }

    public static OfficeDetails of(Office office) {
        return new OfficeDetails(office.name(), office.shortName(), office.city().orElse(null), office.address().orElse(null),
                office.timeZone().getId(), office.yearOpened().map(String::valueOf).orElse(null), office.history().orElse(null),
                office.parent().map(Office::id).orElse(null), office.countries().stream().map(Country::id).toList(),
                office.sections().stream().map(section -> new SectionDraft(section.heading(), section.body())).toList(),
                String.join("\n", office.areasOfWork()),
                String.join("\n", office.programmes().stream().map(p -> p.title() + " | " + p.status()
                        + " | " + orEmpty(p.fromYear()) + " | " + orEmpty(p.toYear())).toList()),
                office.countryProgramme().map(CountryProgramme::title).orElse(null),
                office.countryProgramme().map(p -> orEmpty(p.fromYear())).orElse(null),
                office.countryProgramme().map(p -> orEmpty(p.toYear())).orElse(null),
                office.countryProgramme().map(p -> p.signedOn() == null ? "" : p.signedOn().toString()).orElse(null),
                String.join("\n", office.countryProgrammePriorities()));
    }

    List<Section> sectionList() {
        return sections.stream().filter(draft -> !draft.isBlank()).map(draft -> {
            if (blank(draft.heading) || blank(draft.body)) {
                throw new IllegalArgumentException("every overview section needs a heading and a text");
            }
            return new Section(draft.heading.strip(), draft.body.strip());
        }).toList();
    }

    List<Programme> programmeList() {
        List<Programme> list = new ArrayList<>();
        for (String line : Changes.lines(programmes)) {
            String[] parts = line.split("\\|", -1);
            try {
                list.add(new Programme(parts[0].strip(), ProgrammeStatus.valueOf(parts[1].strip().toUpperCase(Locale.ROOT)),
                        year(parts.length > 2 ? parts[2] : null, "from year"), year(parts.length > 3 ? parts[3] : null, "to year")));
            } catch (ArrayIndexOutOfBoundsException | IllegalArgumentException e) {
                throw new IllegalArgumentException("programme line '" + line + "' is not 'title | IMPLEMENTED or ONGOING | from year | to year'");
            }
        }
        return list;
    }

    CountryProgramme countryProgramme() {
        if (blank(countryProgrammeTitle)) {
            return null;
        }
        LocalDate signed = blank(countryProgrammeSignedOn) ? null : LocalDate.parse(countryProgrammeSignedOn.strip());
        return new CountryProgramme(countryProgrammeTitle.strip(), year(countryProgrammeFrom, "country programme's first year"),
                year(countryProgrammeTo, "country programme's last year"), signed);
    }

    static Integer year(String text, String what) {
        if (blank(text)) {
            return null;
        }
        if (!text.strip().matches("(19|20|21)[0-9]{2}")) {
            throw new IllegalArgumentException("the " + what + " '" + text.strip() + "' is not a year");
        }
        return Integer.valueOf(text.strip());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String orEmpty(Integer year) {
        return year == null ? "" : year.toString();
    }
}
