package org.countryofficeportal.account;

import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.countryofficeportal.staff.StaffPages;

import java.io.IOException;

/**
 * The back office's pages are private: no browser or proxy keeps them, no search engine lists them. A staff
 * member whose password was chosen by someone else changes it before anything else.
 */
public class BackOfficePages extends HttpFilter {

    @EJB
    private AccountService accounts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Robots-Tag", "noindex, nofollow");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getUserPrincipal() != null && path.startsWith("/admin/") && !path.equals(StaffPages.PASSWORD)
                && accounts.current().mustChangePassword()) {
            if ("GET".equals(request.getMethod())) {
                StaffLogin.keepReturnAddress(request);
            }
            response.sendRedirect(request.getContextPath() + StaffPages.PASSWORD);
            return;
        }
        chain.doFilter(request, response);
    }
}
