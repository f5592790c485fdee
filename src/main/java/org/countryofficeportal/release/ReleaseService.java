package org.countryofficeportal.release;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Press releases: the transaction boundary and the only code that queries them. */
@Stateless
public class ReleaseService {

    public static final int MAX_PAGE_SIZE = 100;

    /**
     * How far back a delta sync looks before the moment it was asked from: a transaction that stamped its
     * change before that moment but committed after it is still seen. Clients apply changes idempotently.
     */
    static final Duration SYNC_OVERLAP = Duration.ofSeconds(10);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Event<ReleaseRemoved> removals;

    public PressRelease add(PressRelease release) {
        em.persist(release);
        return release;
    }

    public PressRelease write(String slug, String title, String summary, String body, String imageCredit) {
        PressRelease release = bySlug(slug);
        release.write(title, summary, body, imageCredit);
        return release;
    }

    public PressRelease translate(String slug, String language, Translation translation) {
        PressRelease release = bySlug(slug);
        release.translate(language, translation);
        return release;
    }

    /** Publishes now or, for a time still to come, schedules; a release public again loses its tombstone. */
    public PressRelease publish(String slug, OffsetDateTime at) {
        PressRelease release = bySlug(slug);
        release.publishAt(at, Instant.now());
        Optional.ofNullable(em.find(ReleaseTombstone.class, release.id())).ifPresent(em::remove);
        return release;
    }

    public PressRelease unpublish(String slug) {
        PressRelease release = bySlug(slug);
        leaveTombstoneIfPublic(release);
        release.withdraw();
        return release;
    }

    public void delete(String slug) {
        PressRelease release = bySlug(slug);
        leaveTombstoneIfPublic(release);
        removals.fire(new ReleaseRemoved(release));
        em.remove(release);
    }

    private void leaveTombstoneIfPublic(PressRelease release) {
        Instant now = Instant.now();
        if (release.isPublicAt(now)) {
            em.merge(new ReleaseTombstone(release, now));
        }
    }

    private PressRelease bySlug(String slug) {
        return em.createQuery("SELECT r FROM PressRelease r WHERE r.slug = :slug", PressRelease.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new ReleaseNotFoundException(slug));
    }

    /** Public releases that pass the filter, latest first, resuming after {@code after} when given. */
    public ReleasePage latestPublic(ReleaseFilter filter, Optional<ReleaseCursor> after, int pageSize) {
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page size must be between 1 and " + MAX_PAGE_SIZE);
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<PressRelease> query = cb.createQuery(PressRelease.class);
        Root<PressRelease> release = query.from(PressRelease.class);
        Path<OffsetDateTime> publishedAt = release.get("publishedAt");
        Path<Long> id = release.get("id");

        List<Predicate> where = new ArrayList<>(publicAt(cb, release, Instant.now()));
        where.addAll(matching(cb, release, filter));
        after.ifPresent(cursor -> {
            OffsetDateTime time = cursor.publishedAt().atOffset(ZoneOffset.UTC);
            where.add(cb.or(cb.lessThan(publishedAt, time),
                    cb.and(cb.equal(publishedAt, time), cb.lessThan(id, cursor.id()))));
        });
        query.select(release).where(where.toArray(Predicate[]::new)).orderBy(cb.desc(publishedAt), cb.desc(id));

        // One row more than asked tells whether a next page exists without a count query.
        List<PressRelease> rows = em.createQuery(query).setMaxResults(pageSize + 1).getResultList();
        if (rows.size() <= pageSize) {
            return new ReleasePage(rows, Optional.empty());
        }
        List<PressRelease> page = rows.subList(0, pageSize);
        return new ReleasePage(page, Optional.of(page.get(pageSize - 1).cursor()));
    }

    /** A public release by its numeric id or its slug. */
    public Optional<PressRelease> findPublic(String idOrSlug) {
        String field = idOrSlug.chars().allMatch(Character::isDigit) && idOrSlug.length() < 19 ? "id" : "slug";
        Object key = field.equals("id") ? (Object) Long.valueOf(idOrSlug) : idOrSlug;
        return em.createQuery("SELECT r FROM PressRelease r WHERE r." + field + " = :key", PressRelease.class)
                .setParameter("key", key)
                .getResultStream()
                .filter(release -> release.isPublicAt(Instant.now()))
                .findFirst();
    }

    /**
     * What changed for readers since {@code since} (everything public when empty): new, edited and newly due
     * releases, and tombstones of those that stopped being public. A change stamped before the window's
     * start but committed after it is caught by the overlap; one a client already has comes again, harmlessly.
     */
    public ReleaseChanges changesSince(Optional<Instant> since) {
        Instant now = Instant.now();
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<PressRelease> query = cb.createQuery(PressRelease.class);
        Root<PressRelease> release = query.from(PressRelease.class);
        List<Predicate> where = new ArrayList<>(publicAt(cb, release, now));
        since.ifPresent(moment -> {
            OffsetDateTime from = moment.minus(SYNC_OVERLAP).atOffset(ZoneOffset.UTC);
            where.add(cb.or(cb.greaterThan(release.get("updatedAt"), from), cb.greaterThan(release.get("publishedAt"), from)));
        });
        query.select(release).where(where.toArray(Predicate[]::new))
                .orderBy(cb.desc(release.get("publishedAt")), cb.desc(release.get("id")));
        List<PressRelease> changed = em.createQuery(query).getResultList();

        List<ReleaseTombstone> removed = since
                .map(moment -> em.createQuery("SELECT t FROM ReleaseTombstone t WHERE t.removedAt > :from ORDER BY t.removedAt",
                                ReleaseTombstone.class)
                        .setParameter("from", moment.minus(SYNC_OVERLAP).atOffset(ZoneOffset.UTC))
                        .getResultList())
                .orElse(List.of());
        // The next token is the latest change returned, not the clock: unchanged content gives the same response.
        Instant asOf = changed.stream().map(PressRelease::changedAt)
                .reduce(since.orElse(Instant.EPOCH), (a, b) -> a.isAfter(b) ? a : b);
        asOf = removed.stream().map(ReleaseTombstone::removedAt).reduce(asOf, (a, b) -> a.isAfter(b) ? a : b);
        return new ReleaseChanges(changed, removed, asOf);
    }

    public long countPublic() {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<PressRelease> release = query.from(PressRelease.class);
        query.select(cb.count(release)).where(publicAt(cb, release, Instant.now()).toArray(Predicate[]::new));
        return em.createQuery(query).getSingleResult();
    }

    /** {@link PressRelease#isPublicAt} as a query: released (scheduled or published) and its time has come. */
    private static List<Predicate> publicAt(CriteriaBuilder cb, Root<PressRelease> release, Instant now) {
        Path<OffsetDateTime> publishedAt = release.get("publishedAt");
        return List.of(release.get("status").in(ReleaseStatus.SCHEDULED, ReleaseStatus.PUBLISHED),
                cb.lessThanOrEqualTo(publishedAt, now.atOffset(ZoneOffset.UTC)));
    }

    private static List<Predicate> matching(CriteriaBuilder cb, Root<PressRelease> release, ReleaseFilter filter) {
        List<Predicate> where = new ArrayList<>();
        filter.office().ifPresent(office -> where.add(cb.equal(release.get("office").get("id"), office)));
        filter.year().ifPresent(year -> where.add(cb.between(release.get("publishedOn"),
                LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))));
        filter.text().ifPresent(text -> {
            String pattern = "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            where.add(cb.or(containing(cb, release.get("title"), pattern), containing(cb, release.get("summary"), pattern),
                    containing(cb, release.get("body"), pattern)));
        });
        return where;
    }

    private static Predicate containing(CriteriaBuilder cb, Expression<String> field, String pattern) {
        return cb.like(cb.lower(field), pattern, '\\');
    }
}
