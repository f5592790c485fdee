package org.countryofficeportal.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Headers that keep every response of the portal from being framed, sniffed into another type or running
 * anything the portal did not serve itself, each part of the portal with the least it needs:
 * <ul>
 * <li>the public site runs no script at all (its JSON-LD block is data);</li>
 * <li>the back office (its pages and its sign-in) runs the portal's own scripts, the rich-text editor, and nothing
 * inline or evaluated; its styles come from the portal's style sheet only (the editor writes none into the page);
 * its previews of releases are public pages, with the public site's policy;</li>
 * <li>the reader app under {@code /app/} runs its own scripts and service worker, and talks to the API: from the
 * portal itself only, never inline, never through eval.</li>
 * </ul>
 * The one connection a public page allows is to its own site's {@code /robots.txt}, and only that file: audit tools
 * (Lighthouse's SEO check, Chromium's DevTools) read it in the page's context, under the page's policy, and report
 * the site unreadable to search engines without it. With no script allowed, no page can use the permission itself.
 * It names the host the page was asked of (without a scheme, so that it holds for the scheme the page came by,
 * behind a proxy that ends TLS too); for a request without a well-formed Host, nothing is allowed.
 */
public class SecurityHeaders extends HttpFilter {

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; font-src 'self'; img-src 'self' data:;"
            + " form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    static final String BACK_OFFICE_CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self';"
            + " font-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    static final String APP = "/app/";
    static final String APP_CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; connect-src 'self';"
            + " worker-src 'self'; manifest-src 'self'; style-src 'self'; font-src 'self'; img-src 'self';"
            + " form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", policyOf(request.getRequestURI().substring(request.getContextPath().length()),
                request.getHeader("Host")));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("X-Frame-Options", "DENY");
        chain.doFilter(request, response);
    }

    /** The policy of the page at that path (after the context path), asked of that Host. */
    static String policyOf(String path, String host) {
        if (path.startsWith(APP)) {
            return APP_CONTENT_SECURITY_POLICY;
        }
        if (path.equals("/login.xhtml") || path.startsWith("/admin/") && !path.startsWith("/admin/preview/")) {
            return BACK_OFFICE_CONTENT_SECURITY_POLICY;
        }
        return CONTENT_SECURITY_POLICY + HeaderValues.host(host).map(named -> "; connect-src " + named + "/robots.txt").orElse("");
    }
}
