package org.countryofficeportal.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * What every public page knows about the request it answers: its language, its address without the
 * language prefix, and how to write addresses in this or another language.
 */
@Named("page")
@RequestScoped
public class Page {

    public static final String MESSAGES = "org.countryofficeportal.site.messages";

    @Inject
    private HttpServletRequest request;

    public Language getLanguage() {
        return request.getAttribute(PublicRoutes.LANGUAGE) instanceof Language language ? language : Language.ENGLISH;
    }

    public Locale getLocale() {
        return getLanguage().locale();
    }

    public List<Language> getLanguages() {
        return Arrays.asList(Language.values());
    }

    /** The address of this page without language prefix, with its query. */
    public String getPath() {
        String path = request.getAttribute(PublicRoutes.PATH) instanceof String routed ? routed : "/";
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }

    /** An address of the site in the page's language, e.g. {@code /ur/releases}. */
    public String link(String path) {
        return in(getLanguage(), path);
    }

    /** The same page in another language. */
    public String alternate(Language language) {
        return in(language, getPath());
    }

    /** The absolute address of this page in a language, for canonical and hreflang links. */
    public String absolute(Language language) {
        String base = request.getScheme() + "://" + request.getServerName()
                + (isDefaultPort() ? "" : ":" + request.getServerPort());
        return base + alternate(language);
    }

    public String getCanonical() {
        return absolute(getLanguage());
    }

    private boolean isDefaultPort() {
        return request.getServerPort() == ("https".equals(request.getScheme()) ? 443 : 80);
    }

    private static String in(Language language, String path) {
        return language.prefix() + path;
    }

    /** The direction of text in a language (ISO 639), for text in another language than the page's. */
    public String direction(String language) {
        return Language.directionOf(language);
    }

    /** An interface text in the page's language, for beans that compose messages. */
    public String text(String key) {
        return ResourceBundle.getBundle(MESSAGES, getLocale()).getString(key);
    }

    /** A plain text's paragraphs: the content keeps them apart with blank lines. */
    public List<String> paragraphs(String text) {
        return text == null ? List.of() : List.of(text.split("\n\s*\n"));
    }

    /** Query parameters, as view beans read them. */
    public String parameter(String name) {
        return request.getParameter(name);
    }
}
