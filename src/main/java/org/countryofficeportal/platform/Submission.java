package org.countryofficeportal.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.UUID;

/**
 * A form whose change was done: the same form sent again with the same values (a double click, a reload) is
 * recognised and not done twice. Sent again with other values, it is a page shown again after its own change (the
 * back button) on which the staff member wrote more: that is a change of its own, and becomes the one to recognise.
 */
@Entity
@Table(name = "form_submission")
public class Submission {

    @Id
    @Column(name = "id", nullable = false)
    private UUID id;

    @Column(name = "submitted_at", nullable = false)
    private OffsetDateTime submittedAt;

    /** What the form sent ({@link CommandDigest}). */
    @Column(name = "content_digest", length = 64)
    private String contentDigest;

    /** Two sends of the same form at the same moment with new values: the second finds the first's change. */
    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected Submission() {
    }

    Submission(UUID id, String contentDigest, Instant at) {
        this.id = Objects.requireNonNull(id, "id");
        this.contentDigest = Objects.requireNonNull(contentDigest, "contentDigest");
        this.submittedAt = at.atOffset(ZoneOffset.UTC);
    }

    boolean sent(String digest) {
        return digest.equals(contentDigest);
    }

    void sentAgain(String digest, Instant at) {
        this.contentDigest = Objects.requireNonNull(digest, "digest");
        this.submittedAt = at.atOffset(ZoneOffset.UTC);
    }
}
