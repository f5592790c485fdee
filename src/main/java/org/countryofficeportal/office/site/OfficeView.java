package org.countryofficeportal.office.site;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.countryofficeportal.office.Country;
import org.countryofficeportal.office.Office;
import org.countryofficeportal.office.OfficeService;
import org.countryofficeportal.office.Organisation;
import org.countryofficeportal.site.Page;
import org.countryofficeportal.site.PageNotFound;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The office a public page is about ({@code ?office=}, else the default office) and what it shows of it. */
@Named
@RequestScoped
public class OfficeView {

    @EJB
    private OfficeService officeService;

    @Inject
    private Page page;

    @Inject
    @ConfigProperty(name = "office.default", defaultValue = "pakistan")
    private String defaultOffice;

    private Office office;
    private Optional<Organisation> organisation;

    @PostConstruct
    void load() {
        office = officeService.find(Optional.ofNullable(page.parameter("office")).orElse(defaultOffice))
                .orElseThrow(PageNotFound::new);
    }

    public Office getOffice() {
        return office;
    }

    /** The query that keeps a link on this office: empty for the default office. */
    public String getQuery() {
        return queryFor(office);
    }

    public String queryFor(Office other) {
        return other.id().equals(defaultOffice) ? "" : "?office=" + other.id();
    }

    /** The first paragraph of the overview, for the home page. */
    public String getTeaser() {
        return office.sections().stream().findFirst().map(section -> page.paragraphs(section.body()).get(0)).orElse("");
    }

    public String getCountryNames() {
        return office.countries().stream().map(Country::name).collect(Collectors.joining(", "));
    }

    public List<Office> getOffices() {
        return officeService.all();
    }

    // A page reads these many times while it renders: each is fetched once per request.

    public Organisation getOrganisation() {
        if (organisation == null) {
            organisation = officeService.organisation();
        }
        return organisation.orElse(null);
    }

    public List<Country> getMemberStates() {
        return office.countries().stream().filter(country -> country.memberStateFacts().isPresent()).toList();
    }
}
