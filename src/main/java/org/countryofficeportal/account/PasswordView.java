package org.countryofficeportal.account;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.countryofficeportal.staff.FormTokens;
import org.countryofficeportal.staff.StaffMessages;
import org.countryofficeportal.staff.StaffPages;

import java.util.Objects;

/**
 * A staff member changes their own password (first of all at the first sign-in, then going on to the page they were
 * on their way to).
 */
@Named("passwordChange")
@RequestScoped
public class PasswordView {

    private static final String FORM = "password";

    @EJB
    private AccountService accounts;

    @Inject
    private StaffMessages messages;

    @Inject
    private FormTokens tokens;

    @Inject
    private HttpServletRequest request;

    private String currentPassword;
    private String newPassword;
    private String repeatedPassword;

    public boolean isRequired() {
        return accounts.current().mustChangePassword();
    }

    public int getMinimumLength() {
        return AccountService.MIN_PASSWORD_LENGTH;
    }

    public void change() {
        if (!Objects.equals(newPassword, repeatedPassword)) {
            messages.errorAt(FORM, "repeatedPassword", "The two new passwords differ.");
            return;
        }
        messages.send(FORM, () -> accounts.changeOwnPassword(new AccountCommands.ChangeOwnPassword(
                        characters(currentPassword), characters(newPassword), tokens.submission())))
                .thenShow(changed -> "Your password has been changed.",
                        changed -> StaffLogin.takeReturnAddress(request).orElse(StaffPages.HOME), StaffPages.HOME);
    }

    /** A field left empty is none (the command says it is missing), not a page that fails. */
    private static char[] characters(String password) {
        return password == null ? null : password.toCharArray();
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeatedPassword() {
        return repeatedPassword;
    }

    public void setRepeatedPassword(String repeatedPassword) {
        this.repeatedPassword = repeatedPassword;
    }
}
