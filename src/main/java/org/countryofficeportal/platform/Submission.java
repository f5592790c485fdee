package org.countryofficeportal.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.UUID;

/** A form whose change was done: the same form sent again is recognised and not done twice. */
@Entity
@Table(name = "form_submission")
public class Submission {

    @Id
    @Column(name = "id", nullable = false)
    private UUID id;

    @Column(name = "submitted_at", nullable = false)
    private OffsetDateTime submittedAt;

    protected Submission() {
    }

    Submission(UUID id, Instant at) {
        this.id = Objects.requireNonNull(id, "id");
        this.submittedAt = at.atOffset(ZoneOffset.UTC);
    }
}
