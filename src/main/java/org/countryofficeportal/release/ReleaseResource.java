package org.countryofficeportal.release;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

@Path("releases")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Releases", description = "Press releases of every office, latest first")
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

    @GET
    @Operation(summary = "Public releases of all offices, latest first, a page at a time")
    public Response latest(
            @Parameter(description = "releases per page, 1 to 100 (default 20)") @QueryParam("limit") String limit,
            @Parameter(description = "the 'next' value of the previous page, unchanged") @QueryParam("cursor") String cursor,
            @Parameter(description = "preferred language (ISO 639, e.g. ur); overrides Accept-Language") @QueryParam("lang") String lang,
            @Parameter(description = "words to find in title, summary or body, each as the beginning of a word (2 to 100 characters)") @QueryParam("q") String q,
            @Parameter(description = "only releases of this year, by the office's calendar") @QueryParam("year") String year) {
        return listings.list(Optional.empty(), new ReleaseListings.ListParameters(limit, cursor, lang, q, year), headers);
    }

    @GET
    @Path("changes")
    @Operation(summary = "Delta sync: releases changed and deleted since a token (everything without one)")
    public Response changes(
            @Parameter(description = "the 'next' value of the previous sync") @QueryParam("since") String since,
            @Parameter(description = "preferred language (ISO 639)") @QueryParam("lang") String lang) {
        Optional<Instant> from = QueryParameters.since(since);
        LanguagePreference language = QueryParameters.language(lang, headers);
        return representations.json(CHANGES,
                () -> ReleaseJson.changes(releaseService.changesSince(from), language));
    }

    @GET
    @Path("{release}")
    @Operation(summary = "One public release in full, by id or slug")
    public Response one(
            @Parameter(description = "the release's id or slug") @PathParam("release") String idOrSlug,
            @Parameter(description = "preferred language (ISO 639)") @QueryParam("lang") String lang) {
        LanguagePreference language = QueryParameters.language(lang, headers);
        return representations.json(ONE,
                () -> ReleaseJson.full(releaseService.findPublic(idOrSlug)
                        .orElseThrow(() -> new NotFoundException("no public release '" + idOrSlug + "'")), language));
    }
}
