package org.countryofficeportal;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The portal's clock in test deployments: the real time, moved ahead when a test says so, so that a release
 * scheduled for later can be seen to come due without waiting for it.
 */
@ApplicationScoped
@Priority(Interceptor.Priority.APPLICATION + 100) // selects its alternative producer for the whole deployment (CDI 4.0: on the declaring class)
public class TestClock {

    private static volatile Duration ahead = Duration.ZERO;

    /** Moves the portal's time ahead (for every later reading, in this test deployment). */
    public static void advance(Duration by) {
        ahead = ahead.plus(by);
    }

    /** Back to the real time, as a new start has it. */
    static void reset() {
        ahead = Duration.ZERO;
    }

    @Produces
    @Alternative
    Clock adjustable() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return Instant.now().plus(ahead);
            }
        };
    }
}
