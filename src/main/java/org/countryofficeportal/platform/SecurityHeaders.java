package org.countryofficeportal.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Headers that keep every response of the portal from being framed, sniffed into another type or running
 * anything the portal did not serve itself. The pages run no script at all; the JSON-LD block is data. The reader
 * app under {@code /app/} runs its own scripts and service worker, and talks to the API: from the portal itself
 * only, never inline, never through eval.
 * <p>
 * The one connection a page allows is to its own site's {@code /robots.txt}, and only that file: audit tools
 * (Lighthouse's SEO check, Chromium's DevTools) read it in the page's context, under the page's policy, and report
 * the site unreadable to search engines without it. With no script allowed, no page can use the permission itself.
 * It names the host the page was asked of (without a scheme, so that it holds for the scheme the page came by,
 * behind a proxy that ends TLS too); for a request without a well-formed Host, nothing is allowed.
 */
public class SecurityHeaders extends HttpFilter {

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; font-src 'self'; img-src 'self' data:;"
            + " form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    static final String APP = "/app/";
    static final String APP_CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; connect-src 'self';"
            + " worker-src 'self'; manifest-src 'self'; style-src 'self'; font-src 'self'; img-src 'self';"
            + " form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean app = request.getRequestURI().startsWith(request.getContextPath() + APP);
        response.setHeader("Content-Security-Policy", app ? APP_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY
                + HeaderValues.host(request.getHeader("Host")).map(host -> "; connect-src " + host + "/robots.txt").orElse(""));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("X-Frame-Options", "DENY");
        chain.doFilter(request, response);
    }
}
