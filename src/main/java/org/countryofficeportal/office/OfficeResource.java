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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Duration;
import java.util.Optional;

@Path("offices")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Offices", description = "The offices, their overview, contacts and releases")
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
    @Operation(summary = "Every office")
    public Response all() {
        return representations.json(OFFICES,
                () -> new OfficeJson.Items(officeService.all().stream().map(OfficeJson::summary).toList()));
    }

    @GET
    @Path("{office}")
    @Operation(summary = "The office's home screen: overview, organisation facts, contacts and latest releases")
    public Response home(
            @Parameter(description = "the office's id, e.g. pakistan") @PathParam("office") String officeId,
            @Parameter(description = "preferred language of release texts (ISO 639)") @QueryParam("lang") String lang) {
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
    @Operation(summary = "The office's contact people")
    public Response contacts(@Parameter(description = "the office's id") @PathParam("office") String officeId) {
        return representations.json(OFFICES, () -> {
            existing(officeId);
            return new ContactJson.Items(contactService.ofOffice(officeId).stream().map(ContactJson::of).toList());
        });
    }

    @GET
    @Path("{office}/releases")
    @Operation(summary = "The office's public releases, latest first, a page at a time")
    public Response releases(
            @Parameter(description = "the office's id") @PathParam("office") String officeId,
            @Parameter(description = "releases per page, 1 to 100 (default 20)") @QueryParam("limit") String limit,
            @Parameter(description = "the 'next' value of the previous page, unchanged") @QueryParam("cursor") String cursor,
            @Parameter(description = "preferred language (ISO 639, e.g. ur); overrides Accept-Language") @QueryParam("lang") String lang,
            @Parameter(description = "words to find in title, summary or body, each as the beginning of a word (2 to 100 characters)") @QueryParam("q") String q,
            @Parameter(description = "only releases of this year, by the office's calendar") @QueryParam("year") String year) {
        existing(officeId);
        return listings.list(Optional.of(officeId), new ReleaseListings.ListParameters(limit, cursor, lang, q, year), headers);
    }

    private Office existing(String officeId) {
        return officeService.find(officeId).orElseThrow(() -> new NotFoundException("no office '" + officeId + "'"));
    }
}
