package org.countryofficeportal.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Failed logins of one subject (an account or a client address) within a window: kept in the database so that
 * every instance counts the same failures.
 */
@Entity
@Table(name = "login_failure")
public class LoginFailures {

    @Id
    @Column(name = "subject", length = 200)
    private String subject;

    @Column(name = "failures", nullable = false)
    private int failures;

    @Column(name = "window_start", nullable = false)
    private OffsetDateTime windowStart;

    protected LoginFailures() {
    }

    LoginFailures(String subject, Instant now) {
        this.subject = subject;
        this.windowStart = now.atOffset(ZoneOffset.UTC);
    }

    /** Counts one more failure; a window that has passed starts again. */
    void fail(Instant now, Duration window) {
        if (hasLapsed(now, window)) {
            windowStart = now.atOffset(ZoneOffset.UTC);
            failures = 0;
        }
        failures++;
    }

    boolean reached(int limit, Instant now, Duration window) {
        return !hasLapsed(now, window) && failures >= limit;
    }

    private boolean hasLapsed(Instant now, Duration window) {
        return windowStart.toInstant().plus(window).isBefore(now);
    }
}
