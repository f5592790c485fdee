package org.countryofficeportal.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.countryofficeportal.platform.Command;
import org.countryofficeportal.platform.ItemKind;
import org.countryofficeportal.platform.Role;

import java.util.UUID;

/** Every change to staff accounts, one record each, executed by one method of {@link AccountService}. */
public final class AccountCommands {

    private AccountCommands() {
    }

    /** What the audit log says of a change to an account. */
    public enum AccountAction implements Command.Action {
        CREATED("created the account"),
        ROLE_ASSIGNED("changed the role of the account"),
        ENABLED("enabled the account"),
        DISABLED("disabled the account"),
        PASSWORD_RESET("reset the password of the account"),
        PASSWORD_CHANGED("changed their own password"),
        SIGNED_IN("signed in as"),
        SIGN_IN_FAILED("failed to sign in as"),
        SIGN_IN_DELAYED("delayed the sign-ins of"),
        SIGN_IN_DELAYS_LIFTED("lifted the sign-in delays of");

        private final String words;

        AccountAction(String words) {
            this.words = words;
        }

        @Override
        public ItemKind kind() {
            return ItemKind.ACCOUNT;
        }

        @Override
        public String words() {
            return words;
        }
    }

    /** An account and the temporary password it was given, which is shown once and never kept. */
    public record Issued(Account account, String temporaryPassword) {
    }

    public record Create(
            @NotBlank(message = "Give the username.")
            @Pattern(regexp = Account.USERNAME_PATTERN, message = "A username is 2 to 64 lower-case letters, digits, '.', '_'"
                    + " or '-', starting with a letter.") String username,
            @NotNull(message = "Choose a role.") Role role, UUID submission) implements Command<Issued> {
        @Override
        public Audited audited(Issued issued) {
            return new Audited(AccountAction.CREATED, username, username, "role " + role.words());
        }
    }

    public record Assign(@NotBlank String username, @NotNull(message = "Choose a role.") Role role, UUID submission)
            implements Command<Account> {
        @Override
        public Audited audited(Account account) {
            return new Audited(AccountAction.ROLE_ASSIGNED, username, username, "role " + role.words());
        }
    }

    public record SetEnabled(@NotBlank String username, boolean enabled, UUID submission) implements Command<Account> {
        @Override
        public Audited audited(Account account) {
            return new Audited(enabled ? AccountAction.ENABLED : AccountAction.DISABLED, username, username);
        }
    }

    /** A new temporary password, to be changed at the next sign-in. */
    public record ResetPassword(@NotBlank String username, UUID submission) implements Command<Issued> {
        @Override
        public Audited audited(Issued issued) {
            return new Audited(AccountAction.PASSWORD_RESET, username, username);
        }
    }

    /** The signed-in staff member's own password. */
    public record ChangeOwnPassword(@NotNull(message = "Give your current password.") char[] currentPassword,
            @NotNull(message = "Choose a new password.") char[] newPassword, UUID submission)
            implements Command<Account> {
        @Override
        public Audited audited(Account account) {
            return new Audited(AccountAction.PASSWORD_CHANGED, account.username(), account.username());
        }
    }

    /** Forgets an account's failed sign-ins from every address, lifting any delay on them; how many addresses had some. */
    public record LiftLoginDelays(@NotBlank String username, UUID submission) implements Command<Integer> {
        @Override
        public Audited audited(Integer addresses) {
            return new Audited(AccountAction.SIGN_IN_DELAYS_LIFTED, username, username,
                    "failures forgotten from " + addresses + (addresses == 1 ? " address" : " addresses"));
        }
    }
}
