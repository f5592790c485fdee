package org.countryofficeportal.portal;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.countryofficeportal.api.Representations;
import org.countryofficeportal.contact.ContactService;
import org.countryofficeportal.contact.api.ContactJson;
import org.countryofficeportal.office.Office;
import org.countryofficeportal.office.OfficeService;
import org.countryofficeportal.office.api.OfficeJson;
import org.countryofficeportal.release.LanguagePreference;
import org.countryofficeportal.release.ReleaseFilter;
import org.countryofficeportal.release.ReleaseService;
import org.countryofficeportal.release.api.ReleaseJson;
import org.countryofficeportal.release.api.ReleaseParameters;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The app's home screen of an office in one request (API v1, META-INF/openapi.yaml): the office, its overview,
 * contacts and latest releases, composed here from the features that own each.
 */
@Path("offices/{office}")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class OfficeHomeResource {

    private static final Representations.Policy HOME = Representations.Policy.publicFor(Duration.ofSeconds(60), Duration.ofMinutes(5), true);

    @EJB
    private OfficeService officeService;

    @EJB
    private ContactService contactService;

    @EJB
    private ReleaseService releaseService;

    @Inject
    private Representations representations;

    @Context
    private HttpHeaders headers;

    /** The app's home screen in one response: the office, its overview, contacts and latest releases. */
    @JsonbPropertyOrder({"office", "overview", "organisation", "contacts", "latestReleases"})
    public record Home(OfficeJson.Detail office, OfficeJson.Overview overview, OfficeJson.OrganisationFacts organisation,
                       List<ContactJson> contacts, List<ReleaseJson.Summary> latestReleases) {
    }

    @GET
    public Response getOfficeHome(@PathParam("office") String officeId, @QueryParam("lang") String lang) {
        LanguagePreference language = ReleaseParameters.language(lang, headers);
        return representations.json(HOME, () -> {
            Office office = officeService.find(officeId).orElseThrow(() -> new NotFoundException("no office '" + officeId + "'"));
            return new Home(OfficeJson.detail(office), OfficeJson.overview(office),
                    officeService.organisation().map(OfficeJson::organisation).orElse(null),
                    contactService.ofOffice(officeId).stream().map(ContactJson::of).toList(),
                    releaseService.latestPublic(ReleaseFilter.ofOffice(officeId), Optional.empty(), HomeView.LATEST_ON_HOME).items()
                            .stream().map(release -> ReleaseJson.summary(release, language)).toList());
        });
    }
}
