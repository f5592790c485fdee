package org.countryofficeportal.release.staff;

import org.countryofficeportal.release.PressRelease;
import org.countryofficeportal.release.TranslationText;

import java.util.Optional;

/** A translation's page as a form: the release it belongs to, the version it was opened at, and the text. */
public class TranslationForm extends WrittenText {

    private String slug;
    private long version;

    void show(PressRelease release, Optional<TranslationText> text) {
        slug = release.slug();
        version = release.version();
        text.ifPresent(stored -> write(stored.title(), stored.summary(), stored.body()));
    }

    TranslationText text() {
        return new TranslationText(getTitle(), getSummary(), getBody());
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
}
