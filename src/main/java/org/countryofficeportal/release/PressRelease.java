package org.countryofficeportal.release;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.countryofficeportal.image.Image;
import org.countryofficeportal.office.Office;
import org.countryofficeportal.platform.Slugs;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/** An official press release of an office, with its translations. */
@Entity
@Table(name = "press_release")
public class PressRelease {

    @Id
    @SequenceGenerator(name = "press_release_seq", sequenceName = "press_release_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "press_release_seq")
    @Column(name = "id")
    private Long id;

    @Column(name = "slug", nullable = false, unique = true, length = 100)
    private String slug;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "office_id", nullable = false)
    private Office office;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ReleaseStatus status;

    /** Kept in UTC and to the second, so that keyset cursors compare equal across databases. */
    @Column(name = "published_at", nullable = false)
    private OffsetDateTime publishedAt;

    /** Derived from the publication time and the office's zone, and kept so that a year filter can use an index. */
    @Column(name = "published_on", nullable = false)
    private LocalDate publishedOn;

    @Column(name = "language", nullable = false, length = 8)
    private String language;

    @Column(name = "title", nullable = false, length = 300)
    private String title;

    @Column(name = "summary", nullable = false, length = 2000)
    private String summary;

    @Column(name = "body", length = 100_000)
    private String body;

    @Column(name = "image_credit", length = 200)
    private String imageCredit;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "image_id")
    private Image image;

    @ElementCollection
    @CollectionTable(name = "release_translation", joinColumns = @JoinColumn(name = "release_id"))
    @MapKeyColumn(name = "language", length = 8)
    private Map<String, Translation> translations = new HashMap<>();

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    @Column(name = "version")
    private long version;

    protected PressRelease() {
    }

    public PressRelease(String slug, Office office, String language, String title, String summary) {
        this.slug = Slugs.require(slug, "release slug");
        this.office = Objects.requireNonNull(office, "office");
        this.language = Languages.require(language);
        this.title = Objects.requireNonNull(title, "title");
        this.summary = Objects.requireNonNull(summary, "summary");
        this.status = ReleaseStatus.DRAFT;
        setPublicationTime(OffsetDateTime.now());
    }

    private void setPublicationTime(OffsetDateTime time) {
        this.publishedAt = inUtcSeconds(time);
        this.publishedOn = publishedAt.atZoneSameInstant(office.timeZone()).toLocalDate();
    }

    private static OffsetDateTime inUtcSeconds(OffsetDateTime time) {
        return time.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    }

    public void write(String newTitle, String newSummary, String newBody, String newImageCredit) {
        this.title = Objects.requireNonNull(newTitle, "title");
        this.summary = Objects.requireNonNull(newSummary, "summary");
        this.body = newBody;
        this.imageCredit = newImageCredit;
    }

    /** Illustrates the release with an image, credited as given. */
    public void illustrate(Image newImage, String credit) {
        this.image = Objects.requireNonNull(newImage, "image");
        this.imageCredit = credit;
    }

    public void removeImage() {
        this.image = null;
    }

    /** Publishes at the given time; a time still to come makes the release scheduled until then. */
    public void publishAt(OffsetDateTime time, Instant now) {
        setPublicationTime(Objects.requireNonNull(time, "publication time"));
        this.status = publishedAt.toInstant().isAfter(now) ? ReleaseStatus.SCHEDULED : ReleaseStatus.PUBLISHED;
    }

    public void withdraw() {
        this.status = ReleaseStatus.DRAFT;
    }

    public void translate(String translationLanguage, Translation translation) {
        String tag = Languages.require(translationLanguage);
        if (tag.equals(language)) {
            throw new IllegalArgumentException("release '" + slug + "' is written in '" + tag + "': a translation needs another language");
        }
        translations.put(tag, Objects.requireNonNull(translation, "translation"));
        changedTranslations();
    }

    /** The translations live in their own table: stamping the release makes the change one of the release. */
    private void changedTranslations() {
        if (createdAt != null) {
            updatedAt = inUtcSeconds(OffsetDateTime.now());
        }
    }

    /** When this release last changed for a reader: an edit, or its publication time coming. */
    public Instant changedAt() {
        Instant published = publishedAt.toInstant();
        return updatedAt == null || published.isAfter(updatedAt.toInstant()) ? published : updatedAt.toInstant();
    }

    public boolean isPublicAt(Instant now) {
        return status.isReleased() && !publishedAt.toInstant().isAfter(now);
    }

    @PrePersist
    void stampCreation() {
        createdAt = inUtcSeconds(OffsetDateTime.now());
        updatedAt = createdAt;
    }

    @PreUpdate
    void stampUpdate() {
        updatedAt = inUtcSeconds(OffsetDateTime.now());
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

    public ReleaseStatus status() {
        return status;
    }

    /** The publication time in the office's own time zone, as readers there see it. */
    public OffsetDateTime publishedAt() {
        return publishedAt.atZoneSameInstant(office.timeZone()).toOffsetDateTime();
    }

    /** The publication date as the office's calendar reads it. */
    public LocalDate publishedOn() {
        return publishedOn;
    }

    public String language() {
        return language;
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

    public Optional<String> imageCredit() {
        return Optional.ofNullable(imageCredit);
    }

    public Optional<Image> image() {
        return Optional.ofNullable(image);
    }

    /** Every language this release can be read in, in code order: the source of the "Also in Urdu" mark. */
    public SortedSet<String> languages() {
        SortedSet<String> all = new TreeSet<>(translations.keySet());
        all.add(language);
        return all;
    }

    public boolean isAvailableIn(String tag) {
        return language.equals(tag) || translations.containsKey(tag);
    }

    public Optional<Translation> translation(String tag) {
        return Optional.ofNullable(translations.get(tag));
    }

    /** The release's text in that language, or in its own language where it has no such translation. */
    public Translation textIn(String tag) {
        return translations.getOrDefault(tag, new Translation(title, summary, body));
    }

    public Map<String, Translation> translations() {
        return Map.copyOf(translations);
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }

    public void removeTranslation(String tag) {
        if (translations.remove(tag) != null) {
            changedTranslations();
        }
    }

    ReleaseCursor cursor() {
        return new ReleaseCursor(publishedAt.toInstant(), id);
    }
}
