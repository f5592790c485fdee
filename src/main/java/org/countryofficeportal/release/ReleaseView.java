package org.countryofficeportal.release;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import org.countryofficeportal.platform.RichText;
import org.countryofficeportal.site.Language;
import org.countryofficeportal.site.Page;
import org.countryofficeportal.site.PageNotFound;
import org.countryofficeportal.site.PublicRoutes;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** One public release: its text in the page's language where it exists, its neighbours, its shares. */
@Named
@RequestScoped
public class ReleaseView {

    @EJB
    private ReleaseService releaseService;

    @EJB
    private ReleaseEditing releaseEditing;

    @Inject
    private Page page;

    @Inject
    private ReleaseTexts texts;

    @Inject
    private HttpServletRequest request;

    private PressRelease release;
    private String language;
    private ReleaseService.Neighbours neighbours;
    private String body;

    @PostConstruct
    void load() {
        String slug = String.valueOf(request.getAttribute(PublicRoutes.SLUG));
        release = (request.getAttribute(ReleasePreview.PREVIEW) == null ? releaseService.findPublic(slug) : releaseEditing.find(slug))
                .orElseThrow(PageNotFound::new);
        language = texts.languageOf(release);
    }

    public PressRelease getRelease() {
        return release;
    }

    public Translation getText() {
        return release.textIn(language);
    }

    /** The body as the site may show it: sanitised rich text, empty where the release has none. */
    public String getBody() {
        if (body == null) {
            body = RichText.sanitise(getText().body().orElse(null));
        }
        return body;
    }

    /** The language of the text shown, which is the page's where the release exists in it. */
    public String getLanguage() {
        return language;
    }

    public String getDirection() {
        return Language.directionOf(language);
    }

    /** The site's languages this release can be read in, other than the one shown. */
    public List<Language> getOtherLanguages() {
        return Arrays.stream(Language.values())
                .filter(other -> !other.code().equals(language) && release.isAvailableIn(other.code()))
                .toList();
    }

    public PressRelease getNewer() {
        return neighbours().newer().orElse(null);
    }

    public PressRelease getOlder() {
        return neighbours().older().orElse(null);
    }

    private ReleaseService.Neighbours neighbours() {
        if (neighbours == null) {
            neighbours = releaseService.neighbours(release);
        }
        return neighbours;
    }

    /** Share links: plain addresses, no script, nothing loaded from the networks until the reader clicks. */
    public List<ShareLink> getShareLinks() {
        String url = encode(page.getCanonical());
        String title = encode(getText().title());
        return List.of(
                new ShareLink("E-mail", "mailto:?subject=" + title + "&body=" + url),
                new ShareLink("WhatsApp", "https://wa.me/?text=" + title + "%20" + url),
                new ShareLink("Facebook", "https://www.facebook.com/sharer/sharer.php?u=" + url),
                new ShareLink("X", "https://x.com/intent/post?url=" + url + "&text=" + title),
                new ShareLink("LinkedIn", "https://www.linkedin.com/sharing/share-offsite/?url=" + url));
    }

    public record ShareLink(String name, String href) {
    }

    /** schema.org NewsArticle for search engines, safe inside a script element. */
    public String getStructuredData() {
        JsonObjectBuilder article = Json.createObjectBuilder()
                .add("@context", "https://schema.org")
                .add("@type", "NewsArticle")
                .add("headline", getText().title())
                .add("description", getText().summary())
                .add("inLanguage", language)
                .add("datePublished", release.publishedAt().toString())
                .add("dateModified", release.updatedAt().toString())
                .add("mainEntityOfPage", page.getCanonical())
                .add("publisher", Json.createObjectBuilder().add("@type", "Organization").add("name", release.office().name()));
        release.imageCredit().ifPresent(credit -> article.add("copyrightNotice", credit));
        // No '<' at all inside the script element: staff-written text can neither close it nor open anything.
        return article.build().toString().replace("<", "\\u003c");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
