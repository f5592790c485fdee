package org.countryofficeportal.account;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.countryofficeportal.platform.ChangeRefusedException;
import org.countryofficeportal.platform.StaffMessages;

import java.io.IOException;

/** A staff member changes their own password (first of all at the first login). */
@Named("passwordChange")
@RequestScoped
public class PasswordView {

    @EJB
    private AccountService accounts;

    @Inject
    private StaffMessages messages;

    private String currentPassword;
    private String newPassword;
    private String repeatedPassword;

    public boolean isRequired() {
        return accounts.current().mustChangePassword();
    }

    public int getMinimumLength() {
        return AccountService.MIN_PASSWORD_LENGTH;
    }

    public void change() throws IOException {
        if (!newPassword.equals(repeatedPassword)) {
            messages.error("password:repeated", "The two new passwords differ.");
            return;
        }
        try {
            accounts.changeOwnPassword(currentPassword.toCharArray(), newPassword.toCharArray());
        } catch (ChangeRefusedException e) {
            messages.error(null, e.getMessage());
            return;
        }
        messages.info("Your password has been changed.");
        messages.redirectTo(LoginView.HOME);
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
