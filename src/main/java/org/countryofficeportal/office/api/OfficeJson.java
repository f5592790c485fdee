package org.countryofficeportal.office.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.countryofficeportal.office.Office;
import org.countryofficeportal.office.Organisation;
import org.countryofficeportal.office.Section;
import org.countryofficeportal.release.api.ReleaseJson;

import java.time.LocalDate;
import java.util.List;

/** The office shapes of the JSON API v1. */
public final class OfficeJson {

    private OfficeJson() {
    }

    /** An office in the list of offices. */
    @JsonbPropertyOrder({"id", "name", "shortName", "city", "parent", "countries", "links"})
    public record Summary(String id, String name, String shortName, String city, String parent, List<CountryRef> countries,
                          Links links) {
    }

    @JsonbPropertyOrder({"id", "name"})
    public record CountryRef(String id, String name) {
    }

    @JsonbPropertyOrder({"self", "releases", "contacts", "feed"})
    public record Links(String self, String releases, String contacts, String feed) {
    }

    public record Items(List<Summary> items) {
    }

    @JsonbPropertyOrder({"id", "name", "shortName", "city", "address", "timeZone", "parent", "countries", "links"})
    public record Detail(String id, String name, String shortName, String city, String address, String timeZone,
                         String parent, List<CountryRef> countries, Links links) {
    }

    @JsonbPropertyOrder({"yearOpened", "history", "sections", "areasOfWork", "programmes", "countryProgramme", "memberStates"})
    public record Overview(Integer yearOpened, String history, List<SectionJson> sections, List<String> areasOfWork,
                           List<ProgrammeJson> programmes, CountryProgrammeJson countryProgramme,
                           List<MemberStateJson> memberStates) {
    }

    @JsonbPropertyOrder({"heading", "body"})
    public record SectionJson(String heading, String body) {
    }

    @JsonbPropertyOrder({"title", "status", "fromYear", "toYear"})
    public record ProgrammeJson(String title, String status, Integer fromYear, Integer toYear) {
    }

    @JsonbPropertyOrder({"title", "fromYear", "toYear", "signedOn", "priorities"})
    public record CountryProgrammeJson(String title, Integer fromYear, Integer toYear, LocalDate signedOn, List<String> priorities) {
    }

    @JsonbPropertyOrder({"country", "name", "memberSince", "conventionsRatified", "fundamentalConventionsRatified"})
    public record MemberStateJson(String country, String name, int memberSince, int conventionsRatified,
                                  int fundamentalConventionsRatified) {
    }

    @JsonbPropertyOrder({"name", "shortName", "founded", "unSpecialisedAgencySince", "headquarters", "memberStates",
            "conventionsAndProtocols", "mission", "strategicObjectives", "tripartiteStructure", "sections"})
    public record OrganisationFacts(String name, String shortName, int founded, Integer unSpecialisedAgencySince,
                                    String headquarters, int memberStates, int conventionsAndProtocols, String mission,
                                    List<String> strategicObjectives, String tripartiteStructure, List<SectionJson> sections) {
    }

    public static Summary summary(Office office) {
        return new Summary(office.id(), office.name(), office.shortName(), office.city().orElse(null),
                office.parent().map(Office::id).orElse(null), countries(office), links(office));
    }

    public static Detail detail(Office office) {
        return new Detail(office.id(), office.name(), office.shortName(), office.city().orElse(null),
                office.address().orElse(null), office.timeZone().getId(), office.parent().map(Office::id).orElse(null),
                countries(office), links(office));
    }

    public static Overview overview(Office office) {
        return new Overview(office.yearOpened().orElse(null), office.history().orElse(null), sections(office.sections()),
                office.areasOfWork(),
                office.programmes().stream()
                        .map(p -> new ProgrammeJson(p.title(), p.status().name(), p.fromYear(), p.toYear()))
                        .toList(),
                office.countryProgramme()
                        .map(p -> new CountryProgrammeJson(p.title(), p.fromYear(), p.toYear(), p.signedOn(),
                                office.countryProgrammePriorities()))
                        .orElse(null),
                office.countries().stream()
                        .flatMap(country -> country.memberStateFacts().stream()
                                .map(facts -> new MemberStateJson(country.id(), country.name(), facts.memberSince(),
                                        facts.conventionsRatified(), facts.fundamentalConventionsRatified())))
                        .toList());
    }

    public static OrganisationFacts organisation(Organisation organisation) {
        return new OrganisationFacts(organisation.name(), organisation.shortName(), organisation.founded(),
                organisation.unSpecialisedAgencySince().orElse(null), organisation.headquarters().orElse(null),
                organisation.memberStates(), organisation.conventionsAndProtocols(), organisation.mission().orElse(null),
                organisation.strategicObjectives(), organisation.tripartiteStructure().orElse(null),
                sections(organisation.sections()));
    }

    private static List<SectionJson> sections(List<Section> sections) {
        return sections.stream().map(section -> new SectionJson(section.heading(), section.body())).toList();
    }

    private static List<CountryRef> countries(Office office) {
        return office.countries().stream().map(country -> new CountryRef(country.id(), country.name())).toList();
    }

    private static Links links(Office office) {
        String self = ReleaseJson.API + "/offices/" + office.id();
        return new Links(self, self + "/releases", self + "/contacts", "/feed/offices/" + office.id() + "/releases.atom");
    }
}
