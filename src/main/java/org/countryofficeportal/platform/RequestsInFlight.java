package org.countryofficeportal.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Counts every request while it is answered, for {@link GracefulStop}; once the portal is stopping, refuses new
 * ones as HTTP refuses work it cannot take: 503 with Retry-After and the connection closed, before anything of the
 * request is done (a balancer passes it to another instance; a person sees the page again in a moment).
 */
public class RequestsInFlight extends HttpFilter {

    /** Seconds a client may wait before it tries again: about what a restart takes. */
    private static final String RETRY_AFTER = "15";

    private final GracefulStop stop = GracefulStop.ofThisProcess();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!stop.admit()) {
            refuse(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            stop.answered();
        }
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", RETRY_AFTER);
        response.setHeader("Connection", "close");
        response.setHeader("Cache-Control", "no-store");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,"
                    + "\"detail\":\"The portal is restarting: try again in a moment.\"}");
        } else {
            response.setContentType("text/html");
            response.getWriter().write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Restarting"
                    + "</title></head><body><h1>The portal is restarting</h1><p>Try again in a moment: nothing you sent"
                    + " was taken in. Use the back button to get back to the page you were on.</p></body></html>");
        }
    }
}
