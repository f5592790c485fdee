package org.countryofficeportal.release.api;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.countryofficeportal.image.Image;
import org.countryofficeportal.release.LanguagePreference;
import org.countryofficeportal.release.PressRelease;
import org.countryofficeportal.release.ReleaseChanges;
import org.countryofficeportal.release.ReleaseCursor;
import org.countryofficeportal.release.ReleasePage;
import org.countryofficeportal.release.SyncToken;
import org.countryofficeportal.release.Translation;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** The release shapes of the JSON API v1: the contract the mobile app is written against. */
public final class ReleaseJson {

    public static final String API = "/api/v1";

    private ReleaseJson() {
    }

    /** A release in a list: the text in {@code language}, and every language it exists in. */
    @JsonbPropertyOrder({"id", "slug", "office", "title", "summary", "published", "imageCredit", "language", "languages", "links"})
    public record Summary(long id, String slug, String office, String title, String summary, OffsetDateTime published,
                          String imageCredit, String language, List<String> languages, Links links) {
    }

    /** The full release: a summary's fields plus the body and links to the other languages' texts. */
    @JsonbPropertyOrder({"id", "slug", "office", "title", "summary", "body", "published", "updated", "image", "imageCredit",
            "language", "languages", "translations", "links"})
    public record Full(long id, String slug, String office, String title, String summary, String body,
                       OffsetDateTime published, OffsetDateTime updated, ImageJson image, String imageCredit, String language,
                       List<String> languages, List<TranslationLink> translations, Links links) {
    }

    /**
     * The release's image, where it has one, and its smaller renditions for the app to choose from by the screen's
     * width: no address ever changes what it serves, so apps may keep them for good.
     */
    @JsonbPropertyOrder({"href", "alt", "width", "height", "renditions"})
    public record ImageJson(String href, String alt, Integer width, Integer height, List<RenditionJson> renditions) {

        static ImageJson of(Image image) {
            return new ImageJson(image.path(), image.altText(), image.width().orElse(null), image.height().orElse(null),
                    image.renditions().stream().map(r -> new RenditionJson(r.path(), r.width(), r.height())).toList());
        }
    }

    @JsonbPropertyOrder({"href", "width", "height"})
    public record RenditionJson(String href, int width, int height) {
    }

    @JsonbPropertyOrder({"language", "title", "href"})
    public record TranslationLink(String language, String title, String href) {
    }

    @JsonbPropertyOrder({"self", "office"})
    public record Links(String self, String office) {
    }

    /** A page of a latest-first list; {@code next} is the cursor of the following page, null on the last. */
    @JsonbPropertyOrder({"items", "next"})
    public record Page(List<Summary> items, @JsonbNillable String next) {
    }

    /** A delta sync: apply {@code changed} (upsert) and {@code deleted} (drop), then ask again with {@code next}. */
    @JsonbPropertyOrder({"changed", "deleted", "next"})
    public record Changes(List<Full> changed, List<Tombstone> deleted, String next) {
    }

    @JsonbPropertyOrder({"id", "slug", "office", "removed"})
    public record Tombstone(long id, String slug, String office, OffsetDateTime removed) {
    }

    public static Summary summary(PressRelease release, LanguagePreference preference) {
        String language = preference.pick(release);
        Translation text = release.textIn(language);
        return new Summary(release.id(), release.slug(), release.office().id(), text.title(), text.summary(),
                release.publishedAt(), release.imageCredit().orElse(null), language, List.copyOf(release.languages()),
                links(release));
    }

    public static Full full(PressRelease release, LanguagePreference preference) {
        String language = preference.pick(release);
        Translation text = release.textIn(language);
        List<TranslationLink> others = release.languages().stream()
                .filter(other -> !other.equals(language))
                .map(other -> new TranslationLink(other, release.textIn(other).title(), self(release) + "?lang=" + other))
                .toList();
        return new Full(release.id(), release.slug(), release.office().id(), text.title(), text.summary(),
                text.body().orElse(null), release.publishedAt(),
                release.updatedAt().atZoneSameInstant(release.office().timeZone()).toOffsetDateTime(),
                release.image().map(ImageJson::of).orElse(null), release.imageCredit().orElse(null), language, List.copyOf(release.languages()), others, links(release));
    }

    public static Page page(ReleasePage page, LanguagePreference preference) {
        return new Page(page.items().stream().map(release -> summary(release, preference)).toList(),
                page.next().map(ReleaseCursor::token).orElse(null));
    }

    public static Changes changes(ReleaseChanges changes, LanguagePreference preference) {
        return new Changes(changes.changed().stream().map(release -> full(release, preference)).toList(),
                changes.removed().stream().map(tombstone -> new Tombstone(tombstone.releaseId(), tombstone.slug(),
                        tombstone.officeId(), tombstone.removedAt().atOffset(ZoneOffset.UTC))).toList(),
                new SyncToken(changes.asOf()).token());
    }

    private static Links links(PressRelease release) {
        return new Links(self(release), API + "/offices/" + release.office().id());
    }

    private static String self(PressRelease release) {
        return API + "/releases/" + release.slug();
    }
}
