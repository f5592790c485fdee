package org.countryofficeportal.platform;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * What a form post to the back office or the login page must be before anything reads it: sent from a page of the
 * portal itself, where the browser names the page's origin (defence in depth beside the forms' view state, which a
 * forged post cannot know either), and no larger than the container reads a form. Either refusal is a page that says
 * what happened and that nothing was saved, never an error.
 */
public class FormPosts extends HttpFilter {

    /** The container's (Grizzly's) max-form-post-size-bytes, left at its default: it will not read a larger form. */
    static final long MAX_FORM_BYTES = 2L * 1024 * 1024;
    /** A refused body up to this size is read and dropped, so that the browser gets the answer instead of a reset. */
    private static final long DRAINED_AT_MOST = 16L * 1024 * 1024;
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Inject
    private OwnOrigin ownOrigin;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (SAFE_METHODS.contains(request.getMethod())) {
            chain.doFilter(request, response);
        } else if (!ownOrigin.accepts(request)) {
            refuse(request, response, HttpServletResponse.SC_FORBIDDEN, "Sent from another site",
                    "This form was sent from a page of another web site, so the portal did not take it: nothing was saved."
                            + " To make a change, open the back office at its own address and use its forms.");
        } else if (isUrlEncodedForm(request) && isTooLarge(request)) {
            refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "The form is too large",
                    "A form can hold at most " + MAX_FORM_BYTES / (1024 * 1024) + " MB of text, and this one held more, so"
                            + " nothing of it was saved. Go back (your browser keeps what you typed), shorten the longest"
                            + " text, then save again.");
        } else {
            chain.doFilter(request, response);
        }
    }

    private static boolean isUrlEncodedForm(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    /**
     * By its declared length, which browsers always send with a form. (A form sent in chunks, without a length, past the
     * limit is read by the container as a form with no fields: the page comes again, and nothing is saved either.)
     */
    private static boolean isTooLarge(HttpServletRequest request) {
        return request.getContentLengthLong() > MAX_FORM_BYTES;
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String title,
                               String explanation) throws IOException {
        if (request.getContentLengthLong() <= DRAINED_AT_MOST) {
            drain(request.getInputStream());
        } else {
            response.setHeader("Connection", "close");
        }
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html;charset=UTF-8");
        byte[] page = ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"UTF-8\"><meta name=\"viewport\""
                + " content=\"width=device-width, initial-scale=1\"><title>" + title + " · Country Office Portal</title>"
                + "<link rel=\"stylesheet\" href=\"/static/admin.css\"></head><body><main id=\"main\"><h1>" + title
                + "</h1><p>" + explanation + "</p><p><a href=\"/admin/\">Back office</a></p></main></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        response.setContentLength(page.length);
        response.getOutputStream().write(page);
    }

    private static void drain(ServletInputStream body) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long read = 0;
        int n;
        while (read <= DRAINED_AT_MOST && (n = body.read(buffer)) != -1) {
            read += n;
        }
    }
}
