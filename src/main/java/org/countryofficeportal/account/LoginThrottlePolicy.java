package org.countryofficeportal.account;

import java.time.Duration;
import java.util.Optional;

/**
 * How failed logins of one account from one client address are slowed: after a few failures in a row, each further
 * attempt from there waits, twice as long after each failure, up to a longest delay; failures are forgotten after a
 * quiet spell.
 *
 * @param failuresBeforeDelay how many failures in a row the next attempt waits after
 * @param firstDelay          the wait after that many failures
 * @param longestDelay        no wait is longer
 * @param forgetAfter         how long after the last failure (or the end of its wait) the failures are forgotten
 */
public record LoginThrottlePolicy(int failuresBeforeDelay, Duration firstDelay, Duration longestDelay, Duration forgetAfter) {

    public LoginThrottlePolicy {
        if (failuresBeforeDelay < 1 || firstDelay.isNegative() || longestDelay.compareTo(firstDelay) < 0
                || forgetAfter.isNegative()) {
            throw new IllegalArgumentException("login throttling needs at least one failure before a delay and delays in order");
        }
    }

    /** How long the next attempt waits after the given number of failures in a row, if it must. */
    Optional<Duration> delayAfter(int failures) {
        if (failures < failuresBeforeDelay) {
            return Optional.empty();
        }
        Duration delay = firstDelay;
        for (int doubling = failuresBeforeDelay; doubling < failures && delay.compareTo(longestDelay) < 0; doubling++) {
            delay = delay.multipliedBy(2);
        }
        return Optional.of(delay.compareTo(longestDelay) > 0 ? longestDelay : delay);
    }
}
