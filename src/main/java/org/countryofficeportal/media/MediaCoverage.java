package org.countryofficeportal.media;

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
import jakarta.persistence.Version;
import org.countryofficeportal.office.Office;
import org.countryofficeportal.platform.Slugs;
import org.countryofficeportal.release.PressRelease;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/** An article by an outside outlet (a news agency, a paper) that reports on the office. */
@Entity
@Table(name = "media_coverage")
public class MediaCoverage {

    public static final int SLUG_LENGTH = 100;
    public static final int OUTLET_LENGTH = 200;
    public static final int DATELINE_LENGTH = 100;
    public static final int TITLE_LENGTH = 300;
    public static final int TEXT_LENGTH = 100_000;

    @Id
    @SequenceGenerator(name = "media_coverage_seq", sequenceName = "media_coverage_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "media_coverage_seq")
    @Column(name = "id")
    private Long id;

    @Column(name = "slug", nullable = false, unique = true, length = SLUG_LENGTH)
    private String slug;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "office_id", nullable = false)
    private Office office;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "release_id")
    private PressRelease release;

    @Column(name = "outlet", nullable = false, length = OUTLET_LENGTH)
    private String outlet;

    @Column(name = "dateline", length = DATELINE_LENGTH)
    private String dateline;

    @Column(name = "published_at", nullable = false)
    private OffsetDateTime publishedAt;

    /** The zone the outlet dated the article in, so that it reads as the outlet printed it. */
    @Column(name = "time_zone", nullable = false, length = Office.TIME_ZONE_LENGTH)
    private String timeZone;

    @Column(name = "title", nullable = false, length = TITLE_LENGTH)
    private String title;

    @Column(name = "text", nullable = false, length = TEXT_LENGTH)
    private String text;

    /** When it was deleted: a deleted item is off the site and the API, and can be restored. */
    @Column(name = "deleted_at")
    private OffsetDateTime deletedAt;

    @Version
    @Column(name = "version")
    private long version;

    protected MediaCoverage() {
    }

    public MediaCoverage(String slug, Office office, String outlet, ZonedDateTime published, String title, String text) {
        this.slug = Slugs.require(slug, "media coverage slug");
        this.office = Objects.requireNonNull(office, "office");
        this.outlet = Objects.requireNonNull(outlet, "outlet");
        this.publishedAt = Objects.requireNonNull(published, "published").toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
        this.timeZone = published.getZone().getId();
        this.title = Objects.requireNonNull(title, "title");
        this.text = Objects.requireNonNull(text, "text");
    }

    /** Corrects what was recorded of the article. */
    public void rewrite(String newOutlet, ZonedDateTime newPublished, String newTitle, String newText) {
        this.outlet = Objects.requireNonNull(newOutlet, "outlet");
        this.publishedAt = Objects.requireNonNull(newPublished, "published").toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
        this.timeZone = newPublished.getZone().getId();
        this.title = Objects.requireNonNull(newTitle, "title");
        this.text = Objects.requireNonNull(newText, "text");
    }

    public long version() {
        return version;
    }

    public void placeAt(String newDateline) {
        this.dateline = newDateline;
    }

    /** Links the article to the release it reports on; it must be the same office's. */
    public void relateTo(PressRelease related) {
        if (related != null && !related.office().id().equals(office.id())) {
            throw new IllegalArgumentException("media coverage '" + slug + "' is about office '" + office.id()
                    + "' but release '" + related.slug() + "' is office '" + related.office().id() + "''s");
        }
        this.release = related;
    }

    public void delete(Instant at) {
        deletedAt = at.atOffset(ZoneOffset.UTC);
    }

    public void restore() {
        deletedAt = null;
    }

    public Optional<Instant> deletedAt() {
        return Optional.ofNullable(deletedAt).map(OffsetDateTime::toInstant);
    }

    public Long id() {
        return id;
    }

    public String slug() {
        return slug;
    }

    public Office office() {
        return office;
    }

    public Optional<PressRelease> release() {
        return Optional.ofNullable(release);
    }

    public String outlet() {
        return outlet;
    }

    public Optional<String> dateline() {
        return Optional.ofNullable(dateline);
    }

    public ZonedDateTime published() {
        return publishedAt.atZoneSameInstant(zone());
    }

    private ZoneId zone() {
        try {
            return ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }

    public String title() {
        return title;
    }

    public String text() {
        return text;
    }
}
