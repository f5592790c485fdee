package org.countryofficeportal.release;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The trace a release leaves when it stops being public (deleted or unpublished), so that offline copies
 * learn to drop it. A release that becomes public again loses its tombstone.
 */
@Entity
@Table(name = "release_tombstone")
public class ReleaseTombstone {

    @Id
    @Column(name = "release_id")
    private Long releaseId;

    @Column(name = "slug", nullable = false, length = 100)
    private String slug;

    @Column(name = "office_id", nullable = false, length = 64)
    private String officeId;

    @Column(name = "removed_at", nullable = false)
    private OffsetDateTime removedAt;

    protected ReleaseTombstone() {
    }

    ReleaseTombstone(PressRelease release, Instant removed) {
        this.releaseId = release.id();
        this.slug = release.slug();
        this.officeId = release.office().id();
        this.removedAt = removed.atOffset(ZoneOffset.UTC);
    }

    public long releaseId() {
        return releaseId;
    }

    public String slug() {
        return slug;
    }

    public String officeId() {
        return officeId;
    }

    public Instant removedAt() {
        return removedAt.toInstant();
    }
}
