package org.countryofficeportal.account;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.countryofficeportal.account.AccountCommands.AccountAction;
import org.countryofficeportal.audit.AuditLog;
import org.countryofficeportal.platform.Command;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Slows password guessing without letting an outsider lock a colleague out: failures count per account name and
 * client address, so that guesses from one address delay only that account from that address, and its owner signs
 * in from anywhere else. After a few failures in a row, the next attempt from there waits, twice as long after each
 * further failure (while it waits, even the right password is refused without being checked). Counts live in the
 * database, so they hold across instances and restarts; sign-ins, failures and delays go to the audit log.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class LoginThrottle {

    /** Who the audit log names for a failure: nobody is signed in. */
    static final String ANONYMOUS = "anonymous";

    @Inject
    private Clock clock;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditLog audit;

    @Inject
    @ConfigProperty(name = "login.throttle.failures", defaultValue = "5")
    private int failuresBeforeDelay;

    @Inject
    @ConfigProperty(name = "login.throttle.delay", defaultValue = "PT1M")
    private Duration firstDelay;

    @Inject
    @ConfigProperty(name = "login.throttle.longest-delay", defaultValue = "PT1H")
    private Duration longestDelay;

    @Inject
    @ConfigProperty(name = "login.throttle.window", defaultValue = "PT15M")
    private Duration forgetAfter;

    private LoginThrottlePolicy policy() {
        return new LoginThrottlePolicy(failuresBeforeDelay, firstDelay, longestDelay, forgetAfter);
    }

    /** Until when logins of that account from that address wait, if they must. */
    public Optional<Instant> delayedUntil(String username, String address) {
        return Optional.ofNullable(em.find(LoginAttempts.class, LoginAttempts.idOf(username, address)))
                .flatMap(attempts -> attempts.delayedUntil(clock.instant()));
    }

    /** Counts a failure of that account from that address; the audit log gets it, and the delay it brings, if any. */
    public void recordFailure(String username, String address) {
        Instant now = clock.instant();
        String id = LoginAttempts.idOf(username, address);
        // Instances counting the same pair at once: the row is made once, then each counts under its row lock.
        em.createNativeQuery("INSERT INTO login_throttle (id, username, address, failures, last_failure) "
                        + "VALUES (?1, ?2, ?3, 0, ?4) ON CONFLICT (id) DO NOTHING")
                .setParameter(1, id)
                .setParameter(2, LoginAttempts.cut(username, LoginAttempts.MAX_USERNAME))
                .setParameter(3, LoginAttempts.cut(address, LoginAttempts.MAX_ADDRESS))
                .setParameter(4, now.atOffset(ZoneOffset.UTC))
                .executeUpdate();
        LoginAttempts attempts = em.find(LoginAttempts.class, id, LockModeType.PESSIMISTIC_WRITE);
        Optional<Duration> delay = attempts.fail(now, policy());
        String subject = LoginAttempts.cut(username, LoginAttempts.MAX_USERNAME);
        audit.recordBy(ANONYMOUS, new Command.Audited(AccountAction.SIGN_IN_FAILED, subject, subject,
                "from " + attempts.address() + ", failure " + attempts.failures() + " in a row"));
        delay.ifPresent(d -> audit.recordBy(AccountService.PORTAL, new Command.Audited(AccountAction.SIGN_IN_DELAYED, subject, subject,
                "from " + attempts.address() + " for " + describe(d) + " after " + attempts.failures() + " failures")));
        forgetQuietOnes(now);
    }

    /** A successful login forgives that account's failures from that address, and is recorded. */
    public void recordSuccess(String username, String address) {
        LoginAttempts attempts = em.find(LoginAttempts.class, LoginAttempts.idOf(username, address));
        if (attempts != null) {
            em.remove(attempts);
        }
        audit.recordBy(username, new Command.Audited(AccountAction.SIGNED_IN, username, username,
                "from " + LoginAttempts.cut(address, LoginAttempts.MAX_ADDRESS)));
    }

    /** The accounts' failures that still count, by account name and then address. */
    public List<LoginAttempts> counting() {
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        return em.createQuery("SELECT a FROM LoginAttempts a WHERE a.delayedUntil > :now OR a.lastFailure > :recent "
                        + "ORDER BY a.username, a.address", LoginAttempts.class)
                .setParameter("now", now)
                .setParameter("recent", now.minus(forgetAfter))
                .getResultList();
    }

    /** Forgets every failure of an account, from every address (an administrator lifts its delays); how many. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public int forgetFailuresOf(String username) {
        return em.createQuery("DELETE FROM LoginAttempts a WHERE a.username = :username")
                .setParameter("username", username)
                .executeUpdate();
    }

    /** Rows of pairs quiet for long enough to count no more: an address spraying made-up names leaves nothing behind. */
    private void forgetQuietOnes(Instant now) {
        em.createQuery("DELETE FROM LoginAttempts a WHERE a.lastFailure < :quiet "
                        + "AND (a.delayedUntil IS NULL OR a.delayedUntil < :quiet)")
                .setParameter("quiet", now.minus(forgetAfter).atOffset(ZoneOffset.UTC))
                .executeUpdate();
    }

    private static String describe(Duration delay) {
        return delay.toSeconds() < 120 ? delay.toSeconds() + " seconds" : delay.toMinutes() + " minutes";
    }
}
