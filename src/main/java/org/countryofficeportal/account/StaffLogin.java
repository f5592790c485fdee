package org.countryofficeportal.account;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Staff sign in on the portal's own login page (a Faces form); an unauthenticated request for a back-office
 * page is sent there and returns to the page after login.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = StaffLogin.LOGIN_PAGE, errorPage = "", useForwardToLogin = false))
@DeclareRoles({Role.Names.ADMIN, Role.Names.EDITOR})
@ApplicationScoped
public class StaffLogin {

    public static final String LOGIN_PAGE = "/login.xhtml";
}
