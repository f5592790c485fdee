package org.countryofficeportal.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The container's own error answers to requests under {@code /api/} and {@code /feed/}, which it gives before JAX-RS is
 * reached (an address no servlet serves, such as one with an encoded slash in the API's prefix; a failure below the
 * API's resources), as {@code application/problem+json} like every other API error, instead of the site's error
 * pages. Runs on the container's error dispatch only. (What the container refuses before the application sees the
 * request at all, such as an encoded NUL in the address, the README lists.)
 */
public class ContainerErrors extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String failed)
                || !isApi(failed.substring(Math.min(failed.length(), request.getContextPath().length())))) {
            chain.doFilter(request, response);
            return;
        }
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 500;
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type == null ? "Error" : type.getReasonPhrase();
        String detail = status >= 500 ? ProblemMappers.SERVER_ERROR_DETAIL : ProblemMappers.HttpErrors.defaultDetail(status);
        byte[] body = ProblemMappers.json(new Problem("about:blank", title, status, detail, failed, null))
                .getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType(Problem.MEDIA_TYPE.toString());
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static boolean isApi(String path) {
        return path.startsWith("/api/") || path.startsWith("/feed/");
    }
}
