package org.countryofficeportal.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.countryofficeportal.media.MediaResource;
import org.countryofficeportal.office.OfficeResource;
import org.countryofficeportal.release.ReleaseResource;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

import java.util.Set;

/** The mobile JSON API, version 1: read-only, public, cacheable. */
@ApplicationPath("api/v1")
@OpenAPIDefinition(info = @Info(title = "Country Office Portal API", version = "1",
        description = "Office overview, contact details, press releases (latest first, keyset pages, delta sync) and media coverage."))
public class ApiApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(OfficeResource.class, ReleaseResource.class, MediaResource.class,
                ProblemMappers.HttpErrors.class, ProblemMappers.UnexpectedErrors.class, CorsFilter.class);
    }
}
