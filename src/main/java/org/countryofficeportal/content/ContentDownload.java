package org.countryofficeportal.content;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.LocalDate;

/** Administrators download all content as one content bundle, at {@code /admin/export}. */
@WebServlet("/admin/export")
public class ContentDownload extends HttpServlet {

    @EJB
    private ContentExporter exporter;

    @Inject
    private BundleReader bundles;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ContentBundle bundle = exporter.export();
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"content-" + LocalDate.now() + ".json\"");
        bundles.write(bundle, response.getOutputStream());
    }
}
