package org.countryofficeportal.release;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/** A release's text in another language; the language is the key under which the release holds it. */
@Embeddable
public class Translation implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "title", nullable = false, length = PressRelease.TITLE_LENGTH)
    private String title;

    @Column(name = "summary", nullable = false, length = PressRelease.SUMMARY_LENGTH)
    private String summary;

    @Column(name = "body", length = PressRelease.BODY_LENGTH)
    private String body;

    protected Translation() {
    }

    public Translation(TranslationText text) {
        this(text.title(), text.summary(), text.body());
    }

    public Translation(String title, String summary, String body) {
        this.title = Objects.requireNonNull(title, "title");
        this.summary = Objects.requireNonNull(summary, "summary");
        this.body = body;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    public Optional<String> body() {
        return Optional.ofNullable(body);
    }
}
