package org.countryofficeportal.account;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Pattern;
import org.countryofficeportal.platform.StaffMessages;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Administrators manage staff accounts: create, assign a role, disable, reset a password, lift login delays. */
@Named("accounts")
@RequestScoped
public class AccountsView {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    @EJB
    private AccountService accounts;

    @Inject
    private StaffMessages messages;

    @Pattern(regexp = Account.USERNAME_PATTERN, message = "A username is 2 to 64 lower-case letters, digits, '.', '_' or '-', starting with a letter.")
    private String newUsername;
    private Role newRole = Role.EDITOR;
    private Map<String, String> failedLogins;

    public List<Account> getAll() {
        return accounts.all();
    }

    /** Per account name, its failed logins that still count: how many, from where, and any delay they brought. */
    public Map<String, String> getFailedLogins() {
        if (failedLogins == null) {
            Instant now = Instant.now();
            failedLogins = new HashMap<>();
            for (LoginAttempts attempts : accounts.failedLogins()) {
                String described = attempts.failures() + " failed logins from " + attempts.address()
                        + attempts.delayedUntil(now).map(until -> ", delayed until " + TIME.format(until) + " UTC").orElse("");
                failedLogins.merge(attempts.username(), described, (one, other) -> one + "; " + other);
            }
        }
        return failedLogins;
    }

    public void liftLoginDelays(String username) {
        messages.attempt(() -> {
            accounts.liftLoginDelays(username);
            failedLogins = null;
            return "The failed logins of '" + username + "' are forgotten: it signs in again from everywhere.";
        });
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public void create() {
        messages.attempt(() -> "Account '" + newUsername + "' created. Its temporary password, shown only now: "
                + accounts.create(newUsername, newRole));
    }

    public void assign(String username, Role role) {
        messages.attempt(() -> {
            accounts.assign(username, role);
            return "'" + username + "' is now " + role + ".";
        });
    }

    public void setEnabled(String username, boolean enabled) {
        messages.attempt(() -> {
            accounts.setEnabled(username, enabled);
            return "'" + username + "' is " + (enabled ? "enabled" : "disabled") + ".";
        });
    }

    public void resetPassword(String username) {
        messages.attempt(() -> "New temporary password for '" + username + "', shown only now: " + accounts.resetPassword(username));
    }

    public String getNewUsername() {
        return newUsername;
    }

    public void setNewUsername(String newUsername) {
        this.newUsername = newUsername;
    }

    public Role getNewRole() {
        return newRole;
    }

    public void setNewRole(Role newRole) {
        this.newRole = newRole;
    }
}
