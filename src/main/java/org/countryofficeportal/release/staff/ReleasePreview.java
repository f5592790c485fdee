package org.countryofficeportal.release.staff;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.countryofficeportal.release.site.ReleaseView;
import org.countryofficeportal.site.Language;
import org.countryofficeportal.site.PublicRoutes;

import java.io.IOException;

/**
 * A release of any status shown to staff exactly as the public release page will show it: the same view,
 * reached at {@code /admin/preview/{slug}} (with {@code ?lang=ur} or {@code ru} for a translation).
 */
@WebServlet("/admin/preview/*")
public class ReleasePreview extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String slug = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        Language language = Language.ofPrefix(String.valueOf(request.getParameter("lang"))).orElse(Language.ENGLISH);
        request.setAttribute(ReleaseView.PREVIEW, Boolean.TRUE);
        PublicRoutes.showRelease(request, response, language, slug);
    }
}
