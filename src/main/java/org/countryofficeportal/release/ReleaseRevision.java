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

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

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

    @Column(name = "title", nullable = false, length = 300)
    private String title;

    @Column(name = "summary", nullable = false, length = 2000)
    private String summary;

    @Column(name = "body", length = 100_000)
    private String body;

    @Column(name = "image_credit", length = 200)
    private String imageCredit;

    protected ReleaseRevision() {
    }

    /** The release's current text, kept as revision {@code number} by the staff member about to change it. */
    ReleaseRevision(PressRelease release, int number, String savedBy) {
        this.release = Objects.requireNonNull(release, "release");
        this.number = number;
        this.savedBy = Objects.requireNonNull(savedBy, "saved by");
        this.savedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        ReleaseText text = ReleaseText.of(release);
        this.title = text.title();
        this.summary = text.summary();
        this.body = text.body();
        this.imageCredit = text.imageCredit();
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

    public ReleaseText text() {
        return new ReleaseText(title, summary, body, imageCredit);
    }
}
