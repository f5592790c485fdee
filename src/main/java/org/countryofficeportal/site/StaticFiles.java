package org.countryofficeportal.site;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** Style sheet, fonts and the site icon change only with a release of the portal: browsers may keep them for a day. */
public class StaticFiles extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Cache-Control", "public, max-age=86400");
        chain.doFilter(request, response);
    }
}
