package org.countryofficeportal.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.countryofficeportal.media.MediaResource;
import org.countryofficeportal.office.OfficeResource;
import org.countryofficeportal.release.ReleaseResource;

import java.util.Set;

/** The mobile JSON API, version 1: read-only, public, cacheable. */
@ApplicationPath("api/v1")
public class ApiApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(OfficeResource.class, ReleaseResource.class, MediaResource.class,
                ProblemMappers.HttpErrors.class, ProblemMappers.UnexpectedErrors.class, CorsFilter.class);
    }
}
