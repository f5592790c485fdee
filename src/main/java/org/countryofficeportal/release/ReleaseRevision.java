package org.countryofficeportal.release;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/** A release's text as it was before one of its saves: what staff compare with and restore. */
@Entity
@Table(name = "release_revision")
public class ReleaseRevision {

    @Id
    @SequenceGenerator(name = "release_revision_seq", sequenceName = "release_revision_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "release_revision_seq")
    @Column(name = "id")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "release_id", nullable = false)
    private PressRelease release;

    @Column(name = "number", nullable = false)
    private int number;

    @Column(name = "saved_at", nullable = false)
    private OffsetDateTime savedAt;

    @Column(name = "saved_by", nullable = false, length = 64)
    private String savedBy;

    /** The language of a translation's text; none for the release's own text. */
    @Column(name = "language", length = 8)
    private String language;

    @Column(name = "title", nullable = false, length = PressRelease.TITLE_LENGTH)
    private String title;

    @Column(name = "summary", nullable = false, length = PressRelease.SUMMARY_LENGTH)
    private String summary;

    @Column(name = "body", length = PressRelease.BODY_LENGTH)
    private String body;

    @Column(name = "image_credit", length = PressRelease.CREDIT_LENGTH)
    private String imageCredit;

    protected ReleaseRevision() {
    }

    /** The release's own text, kept as revision {@code number} by the staff member about to change it. */
    ReleaseRevision(PressRelease release, int number, String savedBy, Instant at) {
        this(release, number, savedBy, at, null, release.title(), release.summary(), release.body().orElse(null));
        this.imageCredit = release.imageCredit().orElse(null);
    }

    /** A translation's text, kept as revision {@code number} by the staff member about to change or remove it. */
    ReleaseRevision(PressRelease release, int number, String savedBy, Instant at, String language, Translation text) {
        this(release, number, savedBy, at, Objects.requireNonNull(language, "language"), text.title(), text.summary(),
                text.body().orElse(null));
    }

    private ReleaseRevision(PressRelease release, int number, String savedBy, Instant at, String language, String title,
                            String summary, String body) {
        this.release = Objects.requireNonNull(release, "release");
        this.number = number;
        this.savedBy = Objects.requireNonNull(savedBy, "saved by");
        this.savedAt = at.atOffset(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        this.language = language;
        this.title = title;
        this.summary = summary;
        this.body = body;
    }

    public int number() {
        return number;
    }

    public OffsetDateTime savedAt() {
        return savedAt;
    }

    public String savedBy() {
        return savedBy;
    }

    /** The language of the text kept: a translation's, or empty for the release's own. */
    public Optional<String> language() {
        return Optional.ofNullable(language);
    }

    /** The release's own text as it was (for a revision of it). */
    public ReleaseText text() {
        return new ReleaseText(title, summary, body, imageCredit);
    }

    /** A translation's text as it was (for a revision of one). */
    public TranslationText translationText() {
        return new TranslationText(title, summary, body);
    }
}
