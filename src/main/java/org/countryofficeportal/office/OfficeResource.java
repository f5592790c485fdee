package org.countryofficeportal.office;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
import org.countryofficeportal.api.QueryParameters;
import org.countryofficeportal.api.Representations;
import org.countryofficeportal.contact.ContactJson;
import org.countryofficeportal.contact.ContactService;
import org.countryofficeportal.release.LanguagePreference;
import org.countryofficeportal.release.ReleaseFilter;
import org.countryofficeportal.release.ReleaseJson;
import org.countryofficeportal.release.ReleaseListings;
import org.countryofficeportal.release.ReleaseService;

import java.time.Duration;
import java.util.Optional;

/** The offices of the API v1 (META-INF/openapi.yaml describes them; each method is named after its operationId). */
@Path("offices")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class OfficeResource {

    /** The home screen (app and site) shows the latest releases: as many as fit a phone's first screen or two. */
    static final int LATEST_ON_HOME = 5;

    private static final Representations.Policy OFFICES = Representations.Policy.publicFor(Duration.ofMinutes(5), Duration.ofHours(1), false);
    private static final Representations.Policy HOME = Representations.Policy.publicFor(Duration.ofSeconds(60), Duration.ofMinutes(5), true);

    @EJB
    private OfficeService officeService;

    @EJB
    private ContactService contactService;

    @EJB
    private ReleaseService releaseService;

    @Inject
    private ReleaseListings listings;

    @Inject
    private Representations representations;

    @Context
    private HttpHeaders headers;

    @GET
    public Response listOffices() {
        return representations.json(OFFICES,
                () -> new OfficeJson.Items(officeService.all().stream().map(OfficeJson::summary).toList()));
    }

    @GET
    @Path("{office}")
    public Response getOfficeHome(@PathParam("office") String officeId, @QueryParam("lang") String lang) {
        LanguagePreference language = QueryParameters.language(lang, headers);
        return representations.json(HOME, () -> {
            Office office = existing(officeId);
            return new OfficeJson.Home(OfficeJson.detail(office), OfficeJson.overview(office),
                    officeService.organisation().map(OfficeJson::organisation).orElse(null),
                    contactService.ofOffice(officeId).stream().map(ContactJson::of).toList(),
                    releaseService.latestPublic(ReleaseFilter.ofOffice(officeId), Optional.empty(), LATEST_ON_HOME).items().stream()
                            .map(release -> ReleaseJson.summary(release, language))
                            .toList());
        });
    }

    @GET
    @Path("{office}/contacts")
    public Response listOfficeContacts(@PathParam("office") String officeId) {
        return representations.json(OFFICES, () -> {
            existing(officeId);
            return new ContactJson.Items(contactService.ofOffice(officeId).stream().map(ContactJson::of).toList());
        });
    }

    @GET
    @Path("{office}/releases")
    public Response listOfficeReleases(
            @PathParam("office") String officeId,
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor,
            @QueryParam("lang") String lang,
            @QueryParam("q") String q,
            @QueryParam("year") String year) {
        existing(officeId);
        return listings.list(Optional.of(officeId), new ReleaseListings.ListParameters(limit, cursor, lang, q, year), headers);
    }

    private Office existing(String officeId) {
        return officeService.find(officeId).orElseThrow(() -> new NotFoundException("no office '" + officeId + "'"));
    }
}
