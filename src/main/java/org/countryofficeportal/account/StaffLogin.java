package org.countryofficeportal.account;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.countryofficeportal.platform.Role;
import org.countryofficeportal.staff.PendingForms;
import org.countryofficeportal.staff.StaffPages;

import java.util.Optional;
import java.util.Set;

/**
 * Staff sign in on the portal's own login page (a Faces form); an unauthenticated request for a back-office
 * page is sent there and returns to the page after login.
 * <p>
 * Who is signed in, and the page to return to, are kept in the HTTP session as plain strings that the data grid
 * copies to the other instances of a cluster; each request re-establishes the caller with the account's current
 * role. (The container's own remembered login, which Jakarta Security's form mechanisms rely on, reaches another
 * instance without its roles.)
 */
@DeclareRoles({Role.Names.ADMIN, Role.Names.EDITOR})
@ApplicationScoped
public class StaffLogin implements HttpAuthenticationMechanism {

    private static final String SIGNED_IN = StaffLogin.class.getName() + ".username";
    private static final String RETURN_TO = StaffLogin.class.getName() + ".returnTo";

    @Inject
    private IdentityStoreHandler identityStores;

    @EJB
    private AccountService accounts;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                request.getSession().setAttribute(SIGNED_IN, result.getCallerPrincipal().getName());
            }
            return context.notifyContainerAboutLogin(result);
        }
        HttpSession session = request.getSession(false);
        String username = session == null ? null : (String) session.getAttribute(SIGNED_IN);
        if (username != null) {
            Optional<Role> role = accounts.activeRole(username);
            if (role.isPresent()) {
                return context.notifyContainerAboutLogin(username, Set.of(role.get().name()));
            }
            session.removeAttribute(SIGNED_IN);
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if ("GET".equals(request.getMethod())) {
            keepReturnAddress(request);
        } else if ("POST".equals(request.getMethod())) {
            // The session ended while the staff member typed: what they sent goes back into the page after sign-in.
            request.getSession().setAttribute(RETURN_TO, PendingForms.keep(request, PendingForms.Reason.SESSION_ENDED));
        }
        return context.redirect(request.getContextPath() + StaffPages.LOGIN);
    }

    /** Keeps the page asked for (a GET), to be taken back to once the way there is clear (a login, a new password). */
    static void keepReturnAddress(HttpServletRequest request) {
        String query = request.getQueryString();
        request.getSession().setAttribute(RETURN_TO, request.getRequestURI() + (query == null ? "" : "?" + query));
    }

    /** The back-office page a login was asked for on the way to, once: the next login starts afresh. */
    static Optional<String> takeReturnAddress(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        Object address = session.getAttribute(RETURN_TO);
        session.removeAttribute(RETURN_TO);
        return Optional.ofNullable((String) address);
    }
}
