package org.countryofficeportal.release;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Press releases: the transaction boundary and the only code that queries them. */
@Stateless
public class ReleaseService {

    public static final int MAX_PAGE_SIZE = 100;

    @PersistenceContext
    private EntityManager em;

    public PressRelease add(PressRelease release) {
        em.persist(release);
        return release;
    }

    /**
     * Public releases, latest first, resuming after {@code after} when given.
     *
     * @param officeId only this office's releases, or every office's when empty
     */
    public ReleasePage latestPublic(Optional<String> officeId, Optional<ReleaseCursor> after, int pageSize) {
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page size must be between 1 and " + MAX_PAGE_SIZE);
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<PressRelease> query = cb.createQuery(PressRelease.class);
        Root<PressRelease> release = query.from(PressRelease.class);
        Path<OffsetDateTime> publishedAt = release.get("publishedAt");
        Path<Long> id = release.get("id");

        List<Predicate> where = new ArrayList<>(publicAt(cb, release, Instant.now()));
        officeId.ifPresent(office -> where.add(cb.equal(release.get("office").get("id"), office)));
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

    public Optional<PressRelease> findPublicBySlug(String slug) {
        return em.createQuery("SELECT r FROM PressRelease r WHERE r.slug = :slug", PressRelease.class)
                .setParameter("slug", slug)
                .getResultStream()
                .filter(release -> release.isPublicAt(Instant.now()))
                .findFirst();
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
}
