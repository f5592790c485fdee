package org.countryofficeportal.account;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoginAttemptsTest {

    private static final LoginThrottlePolicy POLICY =
            new LoginThrottlePolicy(5, Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofMinutes(15));
    private static final Instant START = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void theNextAttemptWaitsAfterFiveFailuresTwiceAsLongAfterEachFurtherOneUpToAnHour() {
        assertEquals(Optional.empty(), POLICY.delayAfter(4));
        assertEquals(Optional.of(Duration.ofMinutes(1)), POLICY.delayAfter(5));
        assertEquals(Optional.of(Duration.ofMinutes(2)), POLICY.delayAfter(6));
        assertEquals(Optional.of(Duration.ofMinutes(32)), POLICY.delayAfter(10));
        assertEquals(Optional.of(Duration.ofHours(1)), POLICY.delayAfter(11));
        assertEquals(Optional.of(Duration.ofHours(1)), POLICY.delayAfter(Integer.MAX_VALUE));
    }

    @Test
    void failuresDelayTheirAccountFromTheirAddressUntilTheDelayHasPassed() {
        LoginAttempts attempts = new LoginAttempts("editor", "203.0.113.7", START);
        Instant now = START;
        for (int failure = 1; failure <= 4; failure++) {
            assertEquals(Optional.empty(), attempts.fail(now, POLICY));
            assertEquals(Optional.empty(), attempts.delayedUntil(now));
            now = now.plusSeconds(1);
        }
        assertEquals(Optional.of(Duration.ofMinutes(1)), attempts.fail(now, POLICY));
        Instant until = now.plus(Duration.ofMinutes(1));
        assertEquals(Optional.of(until), attempts.delayedUntil(now.plusSeconds(59)));
        assertEquals(Optional.empty(), attempts.delayedUntil(until), "the wait is over");
        assertEquals(Optional.of(Duration.ofMinutes(2)), attempts.fail(until, POLICY), "the next failure waits twice as long");
        assertEquals(6, attempts.failures());
    }

    @Test
    void failuresAreForgottenAfterAQuietSpellPastTheLastDelay() {
        LoginAttempts attempts = new LoginAttempts("editor", "203.0.113.7", START);
        for (int failure = 1; failure <= 5; failure++) {
            attempts.fail(START, POLICY);
        }
        Instant delayOver = START.plus(Duration.ofMinutes(1));
        assertTrue(!attempts.isForgotten(delayOver.plus(Duration.ofMinutes(14)), POLICY));
        Instant quietLongEnough = delayOver.plus(Duration.ofMinutes(15));
        assertTrue(attempts.isForgotten(quietLongEnough, POLICY));
        assertEquals(Optional.empty(), attempts.fail(quietLongEnough, POLICY), "counting starts again");
        assertEquals(1, attempts.failures());
    }

    @Test
    void anAccountFromAnotherAddressIsCountedApartAndWhatWasTypedIsKeptShort() {
        assertNotEquals(LoginAttempts.idOf("editor", "203.0.113.7"), LoginAttempts.idOf("editor", "198.51.100.1"));
        assertNotEquals(LoginAttempts.idOf("a", "b c"), LoginAttempts.idOf("a b", "c"));
        assertEquals(64, LoginAttempts.idOf("x".repeat(10_000), "::1").length());
        LoginAttempts attempts = new LoginAttempts("x".repeat(10_000), "y".repeat(500), START);
        assertEquals(LoginAttempts.MAX_USERNAME, attempts.username().length());
        assertEquals(LoginAttempts.MAX_ADDRESS, attempts.address().length());
    }

    @Test
    void aPolicyWithoutFailuresBeforeADelayOrWithDelaysOutOfOrderIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new LoginThrottlePolicy(0, Duration.ZERO, Duration.ZERO, Duration.ZERO));
        assertThrows(IllegalArgumentException.class,
                () -> new LoginThrottlePolicy(5, Duration.ofHours(2), Duration.ofHours(1), Duration.ZERO));
    }
}
