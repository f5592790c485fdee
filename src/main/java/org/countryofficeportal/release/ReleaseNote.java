package org.countryofficeportal.release;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

/** A step of a release's review, as its author and the editors read it on the release's page and their home page. */
@Entity
@Table(name = "release_note")
public class ReleaseNote {

    /** What the step was. */
    public enum Kind {
        SUBMITTED("sent it for review"),
        SENT_BACK("sent it back"),
        NOTE("wrote"),
        PUBLISHED("published it"),
        SCHEDULED("scheduled it");

        private final String words;

        Kind(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    @Id
    @SequenceGenerator(name = "release_note_seq", sequenceName = "release_note_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "release_note_seq")
    @Column(name = "id")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "release_id", nullable = false)
    private PressRelease release;

    @Column(name = "written_at", nullable = false)
    private OffsetDateTime writtenAt;

    @Column(name = "written_by", nullable = false, length = 64)
    private String writtenBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private Kind kind;

    @Column(name = "text", length = ReleaseCommands.NOTE_LENGTH)
    private String text;

    protected ReleaseNote() {
    }

    ReleaseNote(PressRelease release, Instant at, String writtenBy, Kind kind, String text) {
        this.release = Objects.requireNonNull(release, "release");
        this.writtenAt = at.atOffset(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        this.writtenBy = Objects.requireNonNull(writtenBy, "written by");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.text = text;
    }

    public PressRelease release() {
        return release;
    }

    public Instant writtenAt() {
        return writtenAt.toInstant();
    }

    public String writtenBy() {
        return writtenBy;
    }

    public Kind kind() {
        return kind;
    }

    public Optional<String> text() {
        return Optional.ofNullable(text);
    }
}
