package org.countryofficeportal.release.api;

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
import jakarta.ws.rs.core.UriInfo;
import org.countryofficeportal.api.Representations;
import org.countryofficeportal.release.LanguagePreference;
import org.countryofficeportal.release.ReleaseService;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** The releases of the API v1 (META-INF/openapi.yaml describes them; each method is named after its operationId). */
@Path("releases")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReleaseResource {

    private static final Representations.Policy ONE = Representations.Policy.publicFor(Duration.ofMinutes(5), Duration.ofHours(1), true);
    private static final Representations.Policy CHANGES = Representations.Policy.publicFor(Duration.ofSeconds(10), Duration.ofSeconds(30), true);

    @EJB
    private ReleaseService releaseService;

    @Inject
    private ReleaseListings listings;

    @Inject
    private Representations representations;

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uri;

    @GET
    public Response listReleases(
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor,
            @QueryParam("lang") String lang,
            @QueryParam("q") String q,
            @QueryParam("year") String year) {
        return listings.list(Optional.empty(), new ReleaseListings.ListParameters(limit, cursor, lang, q, year), headers);
    }

    @GET
    @Path("changes")
    public Response syncReleaseChanges(@QueryParam("since") String since, @QueryParam("lang") String lang) {
        Optional<Instant> from = ReleaseParameters.since(since);
        LanguagePreference language = ReleaseParameters.language(lang, headers);
        return representations.json(CHANGES,
                () -> ReleaseJson.changes(releaseService.changesSince(from), language));
    }

    @GET
    @Path("{release}")
    public Response getRelease(@PathParam("release") String idOrSlug, @QueryParam("lang") String lang) {
        LanguagePreference language = ReleaseParameters.language(lang, headers);
        Optional<String> moved = releaseService.findPublic(idOrSlug).isPresent() ? Optional.empty() : releaseService.movedFrom(idOrSlug);
        if (moved.isPresent()) {
            return Response.status(Response.Status.MOVED_PERMANENTLY)
                    .location(uri.getRequestUriBuilder().replacePath(uri.getBaseUri().getPath() + "releases/" + moved.get()).build())
                    .build();
        }
        return representations.json(ONE,
                () -> ReleaseJson.full(releaseService.findPublic(idOrSlug)
                        .orElseThrow(() -> new NotFoundException("no public release '" + idOrSlug + "'")), language));
    }
}
