package org.countryofficeportal.account;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.countryofficeportal.audit.AuditLog;
import org.countryofficeportal.platform.ChangeRefusedException;
import org.countryofficeportal.platform.Command;
import org.countryofficeportal.platform.ExecutesCommands;
import org.countryofficeportal.platform.FirstStartLock;
import org.countryofficeportal.platform.Role;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Staff accounts: the transaction boundary for logins, passwords and roles. */
@Stateless
@ExecutesCommands
@RolesAllowed(Role.Names.ADMIN)
public class AccountService {

    public static final int MIN_PASSWORD_LENGTH = 12;
    /** The administrator the first start creates. */
    static final String FIRST_ADMINISTRATOR = "admin";
    /** Who the audit log names for what the portal does by itself (not an account: usernames have no space). */
    static final String PORTAL = "The portal";
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Pbkdf2PasswordHash passwordHash;

    @EJB
    private LoginThrottle throttle;

    @EJB
    private AuditLog audit;

    @EJB
    private FirstStartLock firstStart;

    @Resource
    private SessionContext session;

    /**
     * Checked against when no account has the name given; made at the first login, whatever the name, not at every
     * start (a hash costs about half a second of CPU with the quick compiler config/portal.sh runs).
     */
    private static volatile String unknownAccountHash;

    @PostConstruct
    void configureHashing() {
        // OWASP's 2023 figure for PBKDF2 with HMAC-SHA-512.
        passwordHash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
    }

    private String unknownAccountHash() {
        if (unknownAccountHash == null) {
            unknownAccountHash = passwordHash.generate(randomPassword().toCharArray());
        }
        return unknownAccountHash;
    }

    /**
     * The enabled account with that name and password, unless logins of that account from that address wait after
     * too many failures (then the password is not even checked).
     */
    @PermitAll
    public Optional<Account> verify(String username, char[] password, String address) {
        if (throttle.delayedUntil(username, address).isPresent()) {
            return Optional.empty();
        }
        Optional<Account> account = byUsername(username).filter(Account::isEnabled);
        // An unknown name costs as much time as a wrong password: timing does not tell which names exist.
        boolean matches = passwordHash.verify(password, account.map(Account::passwordHash).orElse(unknownAccountHash()));
        if (account.isPresent() && matches) {
            throttle.recordSuccess(username, address);
            return account;
        }
        throttle.recordFailure(username, address);
        return Optional.empty();
    }

    /**
     * The role of the enabled account with that name, asked on every request of a signed-in staff member: a role
     * change or a disabled account takes effect at the next request, on whichever instance serves it.
     */
    @PermitAll
    public Optional<Role> activeRole(String username) {
        return byUsername(username).filter(Account::isEnabled).map(Account::role);
    }

    /** Until when logins of that account from that address wait after too many failures, if they must. */
    @PermitAll
    public Optional<Instant> loginDelayedUntil(String username, String address) {
        return throttle.delayedUntil(username, address);
    }

    /** Failed logins that still count, by account name (known or not) and address. */
    public List<LoginAttempts> failedLogins() {
        return throttle.counting();
    }

    public Integer liftLoginDelays(AccountCommands.LiftLoginDelays command) {
        return throttle.forgetFailuresOf(command.username());
    }

    /** The signed-in staff member's own account. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.EDITOR, Role.Names.AUTHOR})
    public Account current() {
        return byUsername(session.getCallerPrincipal().getName())
                .orElseThrow(() -> new IllegalStateException("no account for the signed-in user"));
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.EDITOR, Role.Names.AUTHOR})
    public Account changeOwnPassword(AccountCommands.ChangeOwnPassword command) {
        Account account = current();
        if (!passwordHash.verify(command.currentPassword(), account.passwordHash())) {
            throw new ChangeRefusedException("currentPassword", "The current password is not correct.");
        }
        if (passwordHash.verify(command.newPassword(), account.passwordHash())) {
            throw new ChangeRefusedException("newPassword", "The new password must differ from the current one.");
        }
        account.changePassword(hash(command.newPassword()));
        return account;
    }

    /**
     * On an instance without any account, creates the administrator {@code admin}: with the given password,
     * or a random one (returned) that must be changed at the first login. Does nothing once an account exists.
     */
    @PermitAll
    public Optional<String> createFirstAdministrator(Optional<String> configuredPassword) {
        firstStart.holdUntilCommit();
        if (anyExists()) {
            return Optional.empty();
        }
        String password = configuredPassword.orElseGet(AccountService::randomPassword);
        em.persist(new Account(FIRST_ADMINISTRATOR, Role.ADMIN, hash(password.toCharArray()), configuredPassword.isEmpty()));
        audit.recordBy(PORTAL, new Command.Audited(AccountCommands.AccountAction.CREATED, FIRST_ADMINISTRATOR,
                FIRST_ADMINISTRATOR, "the first administrator, on the first start"));
        return Optional.of(password);
    }

    @PermitAll
    public boolean anyExists() {
        return em.createQuery("SELECT COUNT(a) FROM Account a", Long.class).getSingleResult() > 0;
    }

    public List<Account> all() {
        return em.createQuery("SELECT a FROM Account a ORDER BY a.username", Account.class).getResultList();
    }

    /** A new account with a temporary password (returned), to be changed at its first sign-in. */
    public AccountCommands.Issued create(AccountCommands.Create command) {
        if (byUsername(command.username()).isPresent()) {
            throw new ChangeRefusedException("username", "An account named '" + command.username() + "' exists already.");
        }
        String password = randomPassword();
        Account account = new Account(command.username(), command.role(), hash(password.toCharArray()), true);
        em.persist(account);
        return new AccountCommands.Issued(account, password);
    }

    public Account assign(AccountCommands.Assign command) {
        Account account = other(command.username());
        account.assign(command.role());
        return account;
    }

    public Account setEnabled(AccountCommands.SetEnabled command) {
        Account account = other(command.username());
        if (command.enabled()) {
            account.enable();
        } else {
            account.disable();
        }
        return account;
    }

    /** A new temporary password (returned) that its owner must change at the next sign-in. */
    public AccountCommands.Issued resetPassword(AccountCommands.ResetPassword command) {
        Account account = byUsername(command.username())
                .orElseThrow(() -> new ChangeRefusedException("There is no account named '" + command.username() + "'."));
        String password = randomPassword();
        account.resetPassword(hash(password.toCharArray()));
        return new AccountCommands.Issued(account, password);
    }

    /** An account other than the caller's own: administrators cannot lock themselves out. */
    private Account other(String username) {
        if (username.equals(session.getCallerPrincipal().getName())) {
            throw new ChangeRefusedException("You cannot change your own role or disable your own account.");
        }
        return byUsername(username).orElseThrow(() -> new ChangeRefusedException("There is no account named '" + username + "'."));
    }

    private Optional<Account> byUsername(String username) {
        return em.createQuery("SELECT a FROM Account a WHERE a.username = :username", Account.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    String hash(char[] password) {
        if (password.length < MIN_PASSWORD_LENGTH) {
            throw new ChangeRefusedException("newPassword", "A password needs at least " + MIN_PASSWORD_LENGTH + " characters.");
        }
        return passwordHash.generate(password);
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
