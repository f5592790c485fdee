package org.countryofficeportal.portal;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.countryofficeportal.api.CorsFilter;
import org.countryofficeportal.api.ProblemMappers;
import org.countryofficeportal.contact.api.ContactResource;
import org.countryofficeportal.media.api.MediaResource;
import org.countryofficeportal.office.api.OfficeResource;
import org.countryofficeportal.release.api.OfficeReleasesResource;
import org.countryofficeportal.release.api.ReleaseResource;

import java.util.Set;

/** The mobile JSON API, version 1: read-only, public, cacheable; every feature's resources, listed here. */
@ApplicationPath("api/v1")
public class ApiApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(OfficeResource.class, OfficeHomeResource.class, ContactResource.class, OfficeReleasesResource.class,
                ReleaseResource.class, MediaResource.class,
                ProblemMappers.HttpErrors.class, ProblemMappers.UnexpectedErrors.class, CorsFilter.class);
    }
}
