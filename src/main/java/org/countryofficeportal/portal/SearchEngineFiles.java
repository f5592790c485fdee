package org.countryofficeportal.portal;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.countryofficeportal.office.Office;
import org.countryofficeportal.office.OfficeService;
import org.countryofficeportal.platform.KeptResponses;
import org.countryofficeportal.release.PressRelease;
import org.countryofficeportal.release.ReleaseCursor;
import org.countryofficeportal.release.ReleaseFilter;
import org.countryofficeportal.release.ReleasePage;
import org.countryofficeportal.release.ReleaseService;
import org.countryofficeportal.site.Language;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code /robots.txt} and {@code /sitemap.xml}: where search engines may go, and every public page in each language. */
@WebServlet({"/robots.txt", "/sitemap.xml"})
public class SearchEngineFiles extends HttpServlet {

    /** The sitemap protocol's limit per file. */
    private static final int MAX_URLS = 50_000;

    @EJB
    private OfficeService officeService;

    @EJB
    private ReleaseService releaseService;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String base = request.getScheme() + "://" + request.getServerName()
                + (request.getServerPort() == 80 || request.getServerPort() == 443 ? "" : ":" + request.getServerPort());
        response.setHeader("Cache-Control", "public, max-age=3600, s-maxage=" + KeptResponses.SHARED_CACHE_SECONDS);
        if (request.getServletPath().equals("/robots.txt")) {
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().print("User-agent: *\nDisallow: /admin\nDisallow: /api/\nAllow: /\n\nSitemap: " + base + "/sitemap.xml\n");
            return;
        }
        response.setContentType("application/xml;charset=UTF-8");
        PrintWriter xml = response.getWriter();
        xml.print("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String path : pages()) {
            for (Language language : Language.values()) {
                xml.print("<url><loc>" + escape(base + language.prefix() + path) + "</loc></url>\n");
            }
        }
        xml.print("</urlset>\n");
    }

    private List<String> pages() {
        List<String> pages = new ArrayList<>(List.of("/", "/about", "/contact", "/releases", "/media"));
        for (Office office : officeService.all()) {
            for (String page : List.of("/", "/about", "/contact")) {
                pages.add(page + "?office=" + office.id());
            }
        }
        Optional<ReleaseCursor> after = Optional.empty();
        do {
            ReleasePage page = releaseService.latestPublic(ReleaseFilter.ALL, after, ReleaseService.MAX_PAGE_SIZE);
            page.items().stream().map(PressRelease::slug).forEach(slug -> pages.add("/releases/" + slug));
            after = page.next();
        } while (after.isPresent() && pages.size() * Language.values().length < MAX_URLS);
        return pages.subList(0, Math.min(pages.size(), MAX_URLS / Language.values().length));
    }

    private static String escape(String url) {
        return url.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
