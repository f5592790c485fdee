package org.countryofficeportal.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;

/** The portal's clock, injected wherever time matters, so that tests can read time as they set it. */
@ApplicationScoped
public class Clocks {

    @Produces
    @ApplicationScoped
    Clock system() {
        return Clock.systemUTC();
    }
}
