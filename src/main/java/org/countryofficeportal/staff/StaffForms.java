package org.countryofficeportal.staff;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Every post to a back-office page (and the login page) must bring a token its session was given
 * ({@link FormTokens}) and the stateless view every back-office page is: otherwise it is a forged post, or a form
 * older than the session, and nothing of it is done. What it holds goes back into the form on its page, not saved
 * ({@link PendingForms}); the login page is simply shown again.
 */
public class StaffForms extends HttpFilter {

    /** The view state of a page that keeps none on the server: the only one back-office forms send. */
    private static final String STATELESS = "stateless";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"POST".equals(request.getMethod()) || taken(request)) {
            chain.doFilter(request, response);
            return;
        }
        String page = request.getRequestURI().endsWith(StaffPages.LOGIN) ? PendingForms.pageOf(request)
                : PendingForms.keep(request, PendingForms.Reason.STALE_FORM);
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", page);
    }

    private static boolean taken(HttpServletRequest request) {
        String viewState = request.getParameter("jakarta.faces.ViewState");
        return FormTokens.wasIssued(request, request.getParameter(FormTokens.PARAMETER))
                && (viewState == null || STATELESS.equals(viewState));
    }
}
