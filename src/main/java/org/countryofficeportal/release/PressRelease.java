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

import java.time.Duration;
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

    /** The longest address (slug) of a release. */
    public static final int SLUG_LENGTH = 100;
    public static final int TITLE_LENGTH = 300;
    public static final int SUMMARY_LENGTH = 2000;
    public static final int BODY_LENGTH = 100_000;
    public static final int CREDIT_LENGTH = 200;
    /** No ILO office release predates this; an earlier time is a typing mistake. */
    public static final Instant EARLIEST_PUBLICATION = Instant.parse("1990-01-01T00:00:00Z");
    /** How far ahead a release can be scheduled: a later time is a typing mistake, not a plan. */
    public static final Duration LONGEST_SCHEDULE = Duration.ofDays(5 * 366);

    @Id
    @SequenceGenerator(name = "press_release_seq", sequenceName = "press_release_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "press_release_seq")
    @Column(name = "id")
    private Long id;

    @Column(name = "slug", nullable = false, unique = true, length = SLUG_LENGTH)
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

    /** When it was first public: from then on its address is known to readers and kept when it changes. */
    @Column(name = "first_public_at")
    private OffsetDateTime firstPublicAt;

    @Column(name = "language", nullable = false, length = 8)
    private String language;

    @Column(name = "title", nullable = false, length = TITLE_LENGTH)
    private String title;

    @Column(name = "summary", nullable = false, length = SUMMARY_LENGTH)
    private String summary;

    @Column(name = "body", length = BODY_LENGTH)
    private String body;

    @Column(name = "image_credit", length = CREDIT_LENGTH)
    private String imageCredit;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "image_id")
    private Image image;

    /** The staff member who wrote it (whose draft it is); none for releases that came with the content. */
    @Column(name = "author", length = 64)
    private String author;

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

    /** A new draft, dated {@code now} until it is published. */
    public PressRelease(String slug, Office office, String language, ReleaseText text, String author, Instant now) {
        this.slug = Slugs.require(slug, "release slug");
        this.office = Objects.requireNonNull(office, "office");
        this.language = Languages.require(language);
        this.author = author;
        this.status = ReleaseStatus.DRAFT;
        write(text);
        datePublication(now);
    }

    private void datePublication(Instant time) {
        this.publishedAt = inUtcSeconds(time);
        this.publishedOn = publishedAt.atZoneSameInstant(office.timeZone()).toLocalDate();
    }

    private static OffsetDateTime inUtcSeconds(Instant time) {
        return time.atOffset(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    }

    /** The text in the release's own language. */
    public void write(ReleaseText text) {
        this.title = Objects.requireNonNull(text.title(), "title");
        this.summary = Objects.requireNonNull(text.summary(), "summary");
        this.body = text.body();
        this.imageCredit = text.imageCredit();
    }

    /**
     * Another address, office or language, while the release is a draft: its address is then still its
     * own to choose. A release that was public once keeps its old address answering ({@link #slugChangedFrom}).
     */
    public void settle(String newSlug, Office newOffice, String newLanguage) {
        if (!newOffice.id().equals(office.id()) || !newLanguage.equals(language)) {
            if (status != ReleaseStatus.DRAFT && status != ReleaseStatus.IN_REVIEW) {
                throw new IllegalArgumentException("the office and the language of a release can change while it is a draft only");
            }
            if (translations.containsKey(newLanguage)) {
                throw new IllegalArgumentException("the release has a translation into '" + newLanguage + "' already");
            }
        }
        this.slug = Slugs.require(newSlug, "release slug");
        this.office = Objects.requireNonNull(newOffice, "office");
        this.language = Languages.require(newLanguage);
        this.publishedOn = publishedAt.atZoneSameInstant(office.timeZone()).toLocalDate();
    }

    /** Whether readers may know its address: it was public once. */
    public boolean wasEverPublic() {
        return firstPublicAt != null;
    }

    /** Illustrates the release with an image, credited as given. */
    public void illustrate(Image newImage, String credit) {
        this.image = Objects.requireNonNull(newImage, "image");
        this.imageCredit = credit;
    }

    public void removeImage() {
        this.image = null;
    }

    /** Whether a release may be dated so: from 1 January 1990 to five years from now. */
    public static boolean isPublicationTimeAllowed(Instant time, Instant now) {
        return !time.isBefore(EARLIEST_PUBLICATION) && !time.isAfter(now.plus(LONGEST_SCHEDULE));
    }

    /**
     * Publishes at the given time: a time to come makes the release scheduled until then.
     *
     * @throws IllegalArgumentException for a time before 1990 or more than five years ahead
     */
    public void publishAt(Instant time, Instant now) {
        if (!isPublicationTimeAllowed(time, now)) {
            throw new IllegalArgumentException("a publication time is between 1 January 1990 and five years from now");
        }
        datePublication(time);
        this.status = publishedAt.toInstant().isAfter(now) ? ReleaseStatus.SCHEDULED : ReleaseStatus.PUBLISHED;
        if (firstPublicAt == null) {
            firstPublicAt = inUtcSeconds(time.isAfter(now) ? time : now);
        }
    }

    /** Sent for review by an editor, who publishes it or sends it back. */
    public void submitForReview() {
        if (status != ReleaseStatus.DRAFT) {
            throw new IllegalArgumentException("only a draft can be sent for review");
        }
        this.status = ReleaseStatus.IN_REVIEW;
    }

    /** Back to a draft: from review, or withdrawn from the public. */
    public void withdraw() {
        this.status = ReleaseStatus.DRAFT;
    }

    public void translate(String translationLanguage, Translation translation) {
        String tag = Languages.require(translationLanguage);
        if (tag.equals(language)) {
            throw new IllegalArgumentException("the release is written in this language: a translation needs another one");
        }
        translations.put(tag, Objects.requireNonNull(translation, "translation"));
        changedTranslations();
    }

    public void removeTranslation(String tag) {
        if (translations.remove(tag) != null) {
            changedTranslations();
        }
    }

    /** The translations live in their own table: stamping the release makes the change one of the release. */
    private void changedTranslations() {
        if (createdAt != null) {
            updatedAt = inUtcSeconds(Instant.now());
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
        createdAt = inUtcSeconds(Instant.now());
        updatedAt = createdAt;
    }

    @PreUpdate
    void stampUpdate() {
        updatedAt = inUtcSeconds(Instant.now());
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

    public Optional<String> author() {
        return Optional.ofNullable(author);
    }

    public ReleaseText text() {
        return new ReleaseText(title, summary, body, imageCredit);
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

    ReleaseCursor cursor() {
        return new ReleaseCursor(publishedAt.toInstant(), id);
    }
}
