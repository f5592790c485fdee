package org.countryofficeportal.account;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.countryofficeportal.platform.Role;
import org.countryofficeportal.staff.FormTokens;
import org.countryofficeportal.staff.StaffMessages;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Administrators manage staff accounts: create one, change its role, disable or enable it, reset its password
 * (after saying yes: the owner can no longer sign in with the old one), lift the delays of its failed sign-ins.
 */
@Named("accounts")
@RequestScoped
public class AccountsView {

    static final String PAGE = "/admin/accounts.xhtml";
    private static final String FORM = "newAccount";

    @EJB
    private AccountService accounts;

    @Inject
    private StaffMessages messages;

    @Inject
    private FormTokens tokens;

    @Inject
    private HttpServletRequest request;

    @Inject
    private Clock clock;

    private String username;
    private Role role = Role.AUTHOR;
    private Map<String, String> failedLogins;

    public List<Account> getAll() {
        return accounts.all();
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public void create() {
        change(() -> accounts.create(new AccountCommands.Create(username == null ? null : username.strip(), role,
                        tokens.submission())),
                issued -> "Account “" + issued.account().username() + "” created, as " + issued.account().role().words()
                        + "; the password must be changed at the first sign-in. The temporary password, shown only now: "
                        + issued.temporaryPassword());
    }

    public void assign(String account, Role newRole) {
        change(() -> accounts.assign(new AccountCommands.Assign(account, newRole, tokens.submission())),
                assigned -> "“" + account + "” is now " + newRole.words() + ".");
    }

    public void setEnabled(String account, boolean enabled) {
        change(() -> accounts.setEnabled(new AccountCommands.SetEnabled(account, enabled, tokens.submission())),
                done -> "“" + account + "” is " + (enabled ? "enabled: they can sign in again." : "disabled: they cannot sign in."));
    }

    public void resetPassword(String account) {
        change(() -> accounts.resetPassword(new AccountCommands.ResetPassword(account, tokens.submission())),
                issued -> "“" + account + "” must choose a password at the next sign-in. Their temporary password,"
                        + " shown only now: " + issued.temporaryPassword());
    }

    public void liftLoginDelays(String account) {
        change(() -> accounts.liftLoginDelays(new AccountCommands.LiftLoginDelays(account, tokens.submission())),
                addresses -> "The failed sign-ins of “" + account + "” are forgotten: they can sign in again from everywhere.");
    }

    /** Per account name, its failed sign-ins that still count: how many, from where, and any delay they brought. */
    public Map<String, String> getFailedLogins() {
        if (failedLogins == null) {
            Instant now = clock.instant();
            failedLogins = new HashMap<>();
            for (LoginAttempts attempts : accounts.failedLogins()) {
                String described = attempts.failures() + " failed logins from " + attempts.address()
                        + attempts.delayedUntil(now).map(until -> ", delayed until " + LoginView.DELAY_END.format(until) + " UTC").orElse("");
                failedLogins.merge(attempts.username(), described, (one, other) -> one + "; " + other);
            }
        }
        return failedLogins;
    }

    private <R> void change(Supplier<R> change, Function<R, String> done) {
        messages.send(FORM, change).thenShow(done, PAGE);
    }

    /** The account the address asks to confirm a password reset for (?ask=reset&amp;account=name). */
    public String getConfirmingReset() {
        return "reset".equals(request.getParameter("ask")) ? request.getParameter("account") : null;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }
}
