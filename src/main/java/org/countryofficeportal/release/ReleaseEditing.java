package org.countryofficeportal.release;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.countryofficeportal.account.Role;
import org.countryofficeportal.audit.AuditLog;
import org.countryofficeportal.image.Image;
import org.countryofficeportal.image.ImageService;
import org.countryofficeportal.office.Office;
import org.countryofficeportal.platform.ChangeRefusedException;
import org.countryofficeportal.platform.LikePatterns;
import org.countryofficeportal.platform.RichText;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The editorial workflow of press releases: the transaction boundary for every write to them. Each save keeps
 * the previous text as a revision, refuses to overwrite what someone else saved meanwhile, and is audited.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.EDITOR})
public class ReleaseEditing {

    public static final int LIST_SIZE = 200;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditLog audit;

    @EJB
    private ImageService images;

    @Inject
    private Event<ReleaseRemoved> removals;

    @Resource
    private SessionContext session;

    /** A release made whole elsewhere (with its publication time as given), unaudited: for set-up in bulk. */
    public PressRelease add(PressRelease release) {
        em.persist(release);
        return release;
    }

    /** A new draft; its body is sanitised. */
    public PressRelease create(String slug, Office office, String language, ReleaseText text) {
        if (find(slug).isPresent()) {
            throw new ChangeRefusedException("A release with the address '" + slug + "' exists already.");
        }
        PressRelease release;
        try {
            release = new PressRelease(slug, em.merge(office), language, text.title(), text.summary());
        } catch (IllegalArgumentException e) {
            throw new ChangeRefusedException(e.getMessage());
        }
        release.write(text.title(), text.summary(), RichText.sanitise(text.body()), text.imageCredit());
        em.persist(release);
        audit.record("release.created", "release", slug, text.title());
        return release;
    }

    /** Any release, whatever its status. */
    public Optional<PressRelease> find(String slug) {
        return em.createQuery("SELECT r FROM PressRelease r WHERE r.slug = :slug", PressRelease.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }

    /** Saves a new text, keeping the previous one as a revision. */
    public PressRelease save(String slug, long expectedVersion, ReleaseText text) {
        PressRelease release = current(slug, expectedVersion);
        keepRevision(release);
        release.write(text.title(), text.summary(), RichText.sanitise(text.body()), text.imageCredit());
        audit.record("release.saved", "release", slug, text.title());
        return release;
    }

    /** Publishes at a time: now or past makes it public at once, a time to come schedules it. */
    public PressRelease publish(String slug, long expectedVersion, OffsetDateTime at) {
        PressRelease release = current(slug, expectedVersion);
        release.publishAt(at, Instant.now());
        Optional.ofNullable(em.find(ReleaseTombstone.class, release.id())).ifPresent(em::remove);
        audit.record(release.status() == ReleaseStatus.SCHEDULED ? "release.scheduled" : "release.published", "release", slug,
                "publication time " + release.publishedAt());
        return release;
    }

    /** Keeps an uploaded image (once the image service accepts it) and shows it with the release, with its credit. */
    public PressRelease illustrate(String slug, long expectedVersion, byte[] bytes, String altText, String credit) {
        PressRelease release = current(slug, expectedVersion);
        Image image = images.store(bytes, altText);
        release.illustrate(image, credit);
        audit.record("release.illustrated", "release", slug, image.path() + (credit == null ? "" : ", " + credit));
        return release;
    }

    public PressRelease removeImage(String slug, long expectedVersion) {
        PressRelease release = current(slug, expectedVersion);
        release.removeImage();
        audit.record("release.image-removed", "release", slug, null);
        return release;
    }

    /** Back to draft; an app that had it removes it at its next sync. */
    public PressRelease unpublish(String slug, long expectedVersion) {
        PressRelease release = current(slug, expectedVersion);
        leaveTombstoneIfPublic(release);
        release.withdraw();
        audit.record("release.unpublished", "release", slug, null);
        return release;
    }

    public void delete(String slug, long expectedVersion) {
        PressRelease release = current(slug, expectedVersion);
        leaveTombstoneIfPublic(release);
        removals.fire(new ReleaseRemoved(release));
        em.remove(release);
        audit.record("release.deleted", "release", slug, release.title());
    }

    /** Adds or replaces the text in another language; its body is sanitised. */
    public PressRelease translate(String slug, long expectedVersion, String language, Translation translation) {
        PressRelease release = current(slug, expectedVersion);
        try {
            release.translate(language, new Translation(translation.title(), translation.summary(),
                    RichText.sanitise(translation.body().orElse(null))));
        } catch (IllegalArgumentException e) {
            throw new ChangeRefusedException(e.getMessage());
        }
        audit.record("release.translated", "release", slug, "language " + language);
        return release;
    }

    public PressRelease removeTranslation(String slug, long expectedVersion, String language) {
        PressRelease release = current(slug, expectedVersion);
        release.removeTranslation(language);
        audit.record("release.translation-removed", "release", slug, "language " + language);
        return release;
    }

    /** Every earlier text of the release, latest first. */
    public List<ReleaseRevision> revisions(String slug) {
        return em.createQuery("SELECT v FROM ReleaseRevision v WHERE v.release.slug = :slug ORDER BY v.number DESC",
                        ReleaseRevision.class)
                .setParameter("slug", slug)
                .getResultList();
    }

    public Optional<ReleaseRevision> revision(String slug, int number) {
        return em.createQuery("SELECT v FROM ReleaseRevision v WHERE v.release.slug = :slug AND v.number = :number",
                        ReleaseRevision.class)
                .setParameter("slug", slug)
                .setParameter("number", number)
                .getResultStream()
                .findFirst();
    }

    /** Brings back an earlier text; the text it replaces becomes a revision in turn. */
    public PressRelease restore(String slug, long expectedVersion, int number) {
        ReleaseText earlier = revision(slug, number)
                .orElseThrow(() -> new ChangeRefusedException("Release '" + slug + "' has no revision " + number + "."))
                .text();
        PressRelease release = save(slug, expectedVersion, earlier);
        audit.record("release.restored", "release", slug, "revision " + number);
        return release;
    }

    /** Releases of any status for the staff list, filtered and sorted as asked. */
    public List<PressRelease> search(StaffReleaseFilter filter) {
        StringBuilder jpql = new StringBuilder("SELECT r FROM PressRelease r WHERE 1 = 1");
        filter.status().ifPresent(s -> jpql.append(" AND r.status = :status"));
        filter.office().ifPresent(o -> jpql.append(" AND r.office.id = :office"));
        filter.year().ifPresent(y -> jpql.append(" AND r.publishedOn BETWEEN :firstDay AND :lastDay"));
        filter.text().ifPresent(t -> jpql.append(" AND (LOWER(r.title) LIKE :text").append(LikePatterns.ESCAPE)
                .append(" OR LOWER(r.summary) LIKE :text").append(LikePatterns.ESCAPE)
                .append(" OR LOWER(r.slug) LIKE :text").append(LikePatterns.ESCAPE).append(")"));
        jpql.append(filter.sort().orderBy());
        TypedQuery<PressRelease> query = em.createQuery(jpql.toString(), PressRelease.class);
        filter.status().ifPresent(s -> query.setParameter("status", s));
        filter.office().ifPresent(o -> query.setParameter("office", o));
        filter.year().ifPresent(y -> query.setParameter("firstDay", LocalDate.of(y, 1, 1)).setParameter("lastDay", LocalDate.of(y, 12, 31)));
        filter.text().ifPresent(t -> query.setParameter("text", LikePatterns.containing(t)));
        return query.setMaxResults(LIST_SIZE).getResultList();
    }

    private PressRelease current(String slug, long expectedVersion) {
        PressRelease release = find(slug).orElseThrow(() -> new ReleaseNotFoundException(slug));
        if (release.version() != expectedVersion) {
            throw new EditConflictException(release);
        }
        return release;
    }

    private void keepRevision(PressRelease release) {
        Integer last = em.createQuery("SELECT MAX(v.number) FROM ReleaseRevision v WHERE v.release = :release", Integer.class)
                .setParameter("release", release)
                .getSingleResult();
        em.persist(new ReleaseRevision(release, last == null ? 1 : last + 1, session.getCallerPrincipal().getName()));
    }

    private void leaveTombstoneIfPublic(PressRelease release) {
        Instant now = Instant.now();
        if (release.isPublicAt(now)) {
            em.merge(new ReleaseTombstone(release, now));
        }
    }
}
