package org.countryofficeportal.media;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.countryofficeportal.api.Representations;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Duration;

@Path("media")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Media coverage", description = "Articles by outside outlets about the offices")
public class MediaResource {

    private static final Representations.Policy MEDIA = Representations.Policy.publicFor(Duration.ofMinutes(5), Duration.ofHours(1), false);

    @EJB
    private MediaCoverageService mediaCoverageService;

    @Inject
    private Representations representations;

    @GET
    @Operation(summary = "Media coverage of every office, latest first")
    public Response all() {
        return representations.json(MEDIA,
                () -> new MediaJson.Items(mediaCoverageService.latestFirst().stream().map(MediaJson::of).toList()));
    }
}
