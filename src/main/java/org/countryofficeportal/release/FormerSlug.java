package org.countryofficeportal.release;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.util.Objects;

/** An address a release had while it was public: readers, feeds and apps that kept it are sent on to the new one. */
@Entity
@Table(name = "release_former_slug")
public class FormerSlug {

    @Id
    @Column(name = "slug", length = PressRelease.SLUG_LENGTH)
    private String slug;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "release_id", nullable = false)
    private PressRelease release;

    protected FormerSlug() {
    }

    FormerSlug(String slug, PressRelease release) {
        this.slug = Objects.requireNonNull(slug, "slug");
        this.release = Objects.requireNonNull(release, "release");
    }

    public PressRelease release() {
        return release;
    }
}
