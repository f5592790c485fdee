package org.countryofficeportal.release.staff;

import org.countryofficeportal.release.PressRelease;
import org.countryofficeportal.release.TranslationText;

import java.util.Optional;

/** A translation's page as a form: the release it belongs to, the version it was opened at, and the text. */
public class TranslationForm {

    private String slug;
    private long version;
    private String title;
    private String summary;
    private String body;

    void show(PressRelease release, Optional<TranslationText> text) {
        slug = release.slug();
        version = release.version();
        text.ifPresent(stored -> {
            title = stored.title();
            summary = stored.summary();
            body = stored.body();
        });
    }

    TranslationText text() {
        return new TranslationText(title, summary, body);
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
