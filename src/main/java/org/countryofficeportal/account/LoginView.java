package org.countryofficeportal.account;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.countryofficeportal.platform.ClientAddress;
import org.countryofficeportal.staff.PendingForms;
import org.countryofficeportal.staff.StaffMessages;
import org.countryofficeportal.staff.StaffPages;

import java.io.IOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The staff login form and the logout button. */
@Named("login")
@RequestScoped
public class LoginView {

    /** When a sign-in delay ends, in words, in UTC: staff of several offices read it. */
    static final DateTimeFormatter DELAY_END = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm:ss", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    @Inject
    private SecurityContext securityContext;

    @Inject
    private FacesContext faces;

    @EJB
    private AccountService accounts;

    @Inject
    private StaffMessages messages;

    @Inject
    private ClientAddress clientAddress;

    private String username;
    private String password;

    /** Someone signed in already who opens the sign-in page (a bookmark, the back button) is taken to the back office. */
    public void sendSignedInHome() throws IOException {
        ExternalContext external = faces.getExternalContext();
        if (external.getUserPrincipal() != null && !faces.isPostback()) {
            external.redirect(external.getRequestContextPath() + StaffPages.HOME);
        }
    }

    public void login() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username, new Password(password)))
                        .newAuthentication(true));
        switch (status) {
            case SUCCESS -> {
                // A new session id once signed in: one planted before the login is worth nothing.
                request.changeSessionId();
                external.redirect(StaffLogin.takeReturnAddress(request).orElse(external.getRequestContextPath() + StaffPages.HOME));
            }
            default -> messages.error(accounts.loginDelayedUntil(username, clientAddress.of(request))
                    .map(until -> "Too many failed logins for this account from here. Try again after "
                            + DELAY_END.format(until) + " UTC, or from another network; an administrator can lift the delay.")
                    .orElse("The username or password is not correct."));
        }
    }

    public void logout() throws IOException, ServletException {
        ExternalContext external = faces.getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + StaffPages.LOGIN);
    }

    /** Whether a form whose session ended waits for this sign-in, to go back into its page. */
    public boolean isFormKept() {
        return PendingForms.isKept((HttpServletRequest) faces.getExternalContext().getRequest());
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
