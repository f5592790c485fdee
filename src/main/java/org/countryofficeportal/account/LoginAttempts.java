package org.countryofficeportal.account;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The failed logins of one account name from one client address, and until when its next attempt waits. Kept in the
 * database so that every instance of a cluster counts the same failures; never cached, for the same reason.
 */
@Entity
@Table(name = "login_throttle")
@Cacheable(false)
public class LoginAttempts {

    /** Longer names and addresses than these are no account's and no address's: they are kept cut short. */
    static final int MAX_USERNAME = 200;
    static final int MAX_ADDRESS = 100;

    @Id
    @Column(name = "id", length = 64)
    private String id;

    @Column(name = "username", nullable = false, length = MAX_USERNAME)
    private String username;

    @Column(name = "address", nullable = false, length = MAX_ADDRESS)
    private String address;

    @Column(name = "failures", nullable = false)
    private int failures;

    @Column(name = "last_failure", nullable = false)
    private OffsetDateTime lastFailure;

    @Column(name = "delayed_until")
    private OffsetDateTime delayedUntil;

    protected LoginAttempts() {
    }

    LoginAttempts(String username, String address, Instant now) {
        this.id = idOf(username, address);
        this.username = cut(username, MAX_USERNAME);
        this.address = cut(address, MAX_ADDRESS);
        this.lastFailure = now.atOffset(ZoneOffset.UTC);
    }

    /** The key of an account name and an address: fixed length, whatever was typed. */
    static String idOf(String username, String address) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(username.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
            sha256.update(address.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }

    /**
     * Counts one more failure (after a quiet spell, the count starts again) and returns the delay it brings, if any.
     */
    Optional<Duration> fail(Instant now, LoginThrottlePolicy policy) {
        if (isForgotten(now, policy)) {
            failures = 0;
            delayedUntil = null;
        }
        failures++;
        lastFailure = now.atOffset(ZoneOffset.UTC);
        Optional<Duration> delay = policy.delayAfter(failures);
        delay.ifPresent(d -> delayedUntil = now.plus(d).atOffset(ZoneOffset.UTC));
        return delay;
    }

    /** Until when the next attempt waits, if it must. */
    Optional<Instant> delayedUntil(Instant now) {
        return Optional.ofNullable(delayedUntil).map(OffsetDateTime::toInstant).filter(now::isBefore);
    }

    /** Whether the failures are old enough to count no more. */
    boolean isForgotten(Instant now, LoginThrottlePolicy policy) {
        Instant quietSince = delayedUntil == null ? lastFailure.toInstant() : delayedUntil.toInstant();
        return !quietSince.plus(policy.forgetAfter()).isAfter(now);
    }

    public String username() {
        return username;
    }

    public String address() {
        return address;
    }

    public int failures() {
        return failures;
    }
}
