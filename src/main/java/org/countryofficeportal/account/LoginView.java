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
import org.countryofficeportal.platform.StaffMessages;

import java.io.IOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The staff login form and the logout button. */
@Named("login")
@RequestScoped
public class LoginView {

    static final String HOME = "/admin/";
    private static final DateTimeFormatter DELAY_END = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

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
                external.redirect(StaffLogin.takeReturnAddress(request).orElse(external.getRequestContextPath() + HOME));
            }
            default -> messages.error(null, accounts.loginDelayedUntil(username, clientAddress.of(request))
                    .map(until -> "Too many failed logins for this account from here. Try again after "
                            + DELAY_END.format(until) + " (UTC), or from another network; an administrator can lift the delay.")
                    .orElse("The username or password is not correct."));
        }
    }

    public void logout() throws IOException, ServletException {
        ExternalContext external = faces.getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + StaffLogin.LOGIN_PAGE);
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
