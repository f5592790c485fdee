package org.countryofficeportal.account;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Pattern;
import org.countryofficeportal.platform.StaffMessages;

import java.util.List;

/** Administrators manage staff accounts: create, assign a role, disable, reset a password. */
@Named("accounts")
@RequestScoped
public class AccountsView {

    @EJB
    private AccountService accounts;

    @Inject
    private StaffMessages messages;

    @Pattern(regexp = Account.USERNAME_PATTERN, message = "A username is 2 to 64 lower-case letters, digits, '.', '_' or '-', starting with a letter.")
    private String newUsername;
    private Role newRole = Role.EDITOR;

    public List<Account> getAll() {
        return accounts.all();
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
