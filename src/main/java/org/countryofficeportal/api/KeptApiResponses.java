package org.countryofficeportal.api;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.countryofficeportal.platform.KeptResponses;

import java.io.IOException;

/**
 * The API's and the feeds' GET responses, kept and validated below JAX-RS: a reader served from what was
 * rendered this second costs no resource method at all. They vary with the reader's languages and with
 * what the client accepts (a 406 is never served from what another client was sent).
 */
public class KeptApiResponses extends HttpFilter {

    @Inject
    private KeptResponses keptResponses;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        keptResponses.serve(request, response, chain,
                request.getHeader("Accept-Language") + "|" + request.getHeader("Accept"));
    }
}
