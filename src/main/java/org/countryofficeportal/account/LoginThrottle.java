package org.countryofficeportal.account;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;

/**
 * Slows password guessing: after too many failed logins for an account, or from one client address, within a
 * window, further attempts are refused without even checking the password until the window has passed.
 * Counts live in the database, so they hold across instances and restarts.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class LoginThrottle {

    @PersistenceContext
    private EntityManager em;

    @Inject
    @ConfigProperty(name = "login.throttle.account-failures", defaultValue = "5")
    private int accountLimit;

    @Inject
    @ConfigProperty(name = "login.throttle.address-failures", defaultValue = "20")
    private int addressLimit;

    @Inject
    @ConfigProperty(name = "login.throttle.window", defaultValue = "PT15M")
    private Duration window;

    public boolean isThrottled(String username, String address) {
        Instant now = Instant.now();
        return reached(accountSubject(username), accountLimit, now) || reached(addressSubject(address), addressLimit, now);
    }

    public void recordFailure(String username, String address) {
        Instant now = Instant.now();
        fail(accountSubject(username), now);
        fail(addressSubject(address), now);
    }

    /** A successful login forgives the account's failures; the address keeps its count. */
    public void recordSuccess(String username) {
        LoginFailures failures = em.find(LoginFailures.class, accountSubject(username));
        if (failures != null) {
            em.remove(failures);
        }
    }

    private boolean reached(String subject, int limit, Instant now) {
        LoginFailures failures = em.find(LoginFailures.class, subject);
        return failures != null && failures.reached(limit, now, window);
    }

    private void fail(String subject, Instant now) {
        LoginFailures failures = em.find(LoginFailures.class, subject, LockModeType.PESSIMISTIC_WRITE);
        if (failures == null) {
            failures = new LoginFailures(subject, now);
            em.persist(failures);
        }
        failures.fail(now, window);
    }

    private static String accountSubject(String username) {
        return "account:" + username;
    }

    private static String addressSubject(String address) {
        return "address:" + address;
    }
}
