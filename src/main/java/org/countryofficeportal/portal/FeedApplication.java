package org.countryofficeportal.portal;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.countryofficeportal.api.CorsFilter;
import org.countryofficeportal.api.ProblemMappers;
import org.countryofficeportal.release.api.ReleaseFeedResource;

import java.util.Set;

/** The Atom feeds, outside the versioned API: feed readers keep a feed's address for years. */
@ApplicationPath("feed")
public class FeedApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(ReleaseFeedResource.class, ProblemMappers.HttpErrors.class, ProblemMappers.UnexpectedErrors.class,
                CorsFilter.class);
    }
}
