package org.countryofficeportal.site;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.countryofficeportal.platform.KeptResponses;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The public site's clean addresses: an optional language prefix ({@code /ur}, {@code /ru}), then a page.
 * Each page's address is forwarded to its Facelets view under WEB-INF, through the {@link KeptResponses};
 * the language and the release slug travel as request attributes. Every other address passes by (the
 * API, the feeds, static files, the runtime's endpoints), in the language its prefix names should it end
 * on the 404 page.
 */
public class PublicRoutes extends HttpFilter {

    @Inject
    private KeptResponses pages;

    static final String LANGUAGE = "portal.language";
    static final String PATH = "portal.path";
    public static final String SLUG = "portal.slug";
    static final String VIEWS = "/WEB-INF/views/";

    private static final Map<String, String> PAGES = Map.of(
            "/", "home", "/about", "about", "/contact", "contact", "/releases", "releases", "/media", "media");
    private static final Pattern RELEASE = Pattern.compile("/releases/([a-z0-9]+(?:-[a-z0-9]+)*)");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Language language = Language.ENGLISH;
        String[] segments = path.split("/", 3);
        Optional<Language> prefixed = segments.length > 1 ? Language.ofPrefix(segments[1]) : Optional.empty();
        if (prefixed.isPresent()) {
            language = prefixed.get();
            path = path.substring(language.prefix().length());
            path = path.isEmpty() ? "/" : path;
        }
        request.setAttribute(LANGUAGE, language);
        request.setAttribute(PATH, path);

        String view = PAGES.get(path);
        Matcher release = RELEASE.matcher(path);
        if (view == null && release.matches()) {
            request.setAttribute(SLUG, release.group(1));
            view = "release";
        }
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (view == null || !read) {
            chain.doFilter(request, response);
            return;
        }
        String viewPath = viewPath(view);
        // The language is in the address: a page varies with nothing else.
        pages.serve(request, response, (pageRequest, pageResponse) ->
                pageRequest.getRequestDispatcher(viewPath).forward(pageRequest, pageResponse), "");
    }

    private static String viewPath(String view) {
        return VIEWS + view + ".xhtml";
    }

    /** Renders a release's public page for this request, whatever its address: for staff previews, never kept. */
    public static void showRelease(HttpServletRequest request, HttpServletResponse response, Language language, String slug)
            throws IOException, ServletException {
        request.setAttribute(LANGUAGE, language);
        request.setAttribute(PATH, "/releases/" + slug);
        request.setAttribute(SLUG, slug);
        request.getRequestDispatcher(viewPath("release")).forward(request, response);
    }
}
