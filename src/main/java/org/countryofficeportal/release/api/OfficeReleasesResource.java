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
import org.countryofficeportal.office.OfficeService;

import java.util.Optional;

/** One office's public releases in the API v1, latest first (META-INF/openapi.yaml describes them). */
@Path("offices/{office}/releases")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class OfficeReleasesResource {

    @EJB
    private OfficeService officeService;

    @Inject
    private ReleaseListings listings;

    @Context
    private HttpHeaders headers;

    @GET
    public Response listOfficeReleases(
            @PathParam("office") String officeId,
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor,
            @QueryParam("lang") String lang,
            @QueryParam("q") String q,
            @QueryParam("year") String year) {
        officeService.find(officeId).orElseThrow(() -> new NotFoundException("no office '" + officeId + "'"));
        return listings.list(Optional.of(officeId), new ReleaseListings.ListParameters(limit, cursor, lang, q, year), headers);
    }
}
