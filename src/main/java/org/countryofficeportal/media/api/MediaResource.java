package org.countryofficeportal.media.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.countryofficeportal.api.Representations;
import org.countryofficeportal.media.MediaCoverageService;

import java.time.Duration;

/** The media coverage of the API v1 (META-INF/openapi.yaml describes it; the method is named after its operationId). */
@Path("media")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class MediaResource {

    private static final Representations.Policy MEDIA = Representations.Policy.publicFor(Duration.ofMinutes(5), Duration.ofHours(1), false);

    @EJB
    private MediaCoverageService mediaCoverageService;

    @Inject
    private Representations representations;

    @GET
    public Response listMediaCoverage() {
        return representations.json(MEDIA,
                () -> new MediaJson.Items(mediaCoverageService.latestFirst().stream().map(MediaJson::of).toList()));
    }
}
