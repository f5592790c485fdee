package org.countryofficeportal.release;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Press releases as the public reads them: public and due, never a draft. Writes are {@link ReleaseEditing}'s. */
@Stateless
public class ReleaseService {

    public static final int MAX_PAGE_SIZE = 100;

    /**
     * How far back a delta sync looks before the moment it was asked from: a transaction that stamped its
     * change before that moment but committed after it is still seen. Clients apply changes idempotently.
     */
    static final Duration SYNC_OVERLAP = Duration.ofSeconds(10);

    /** EclipseLink's query hint for results shared with the cache rather than copied. */
    private static final String READ_ONLY = "eclipselink.read-only";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /**
     * Readers' queries take the releases straight from the shared cache instead of a private copy each: many
     * readers at once no longer queue for the same entries' locks. What they return is never changed.
     */
    private static <T> TypedQuery<T> readOnly(TypedQuery<T> query) {
        return query.setHint(READ_ONLY, Boolean.TRUE);
    }

    /** Public releases that pass the filter, latest first, resuming after {@code after} when given. */
    public ReleasePage latestPublic(ReleaseFilter filter, Optional<ReleaseCursor> after, int pageSize) {
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page size must be between 1 and " + MAX_PAGE_SIZE);
        }
        PublicReleases query = new PublicReleases("SELECT r", filter);
        after.ifPresent(cursor -> query.notAfter(cursor.publishedAt().atOffset(ZoneOffset.UTC))
                .where("(r.publishedAt < :cursorTime OR r.id < :cursorId)")
                .with("cursorTime", cursor.publishedAt().atOffset(ZoneOffset.UTC)).with("cursorId", cursor.id()));
        // One row more than asked tells whether a next page exists without a count query.
        List<PressRelease> rows = query.orderBy(" ORDER BY r.publishedAt DESC, r.id DESC")
                .run(PressRelease.class).setMaxResults(pageSize + 1).getResultList();
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
        return readOnly(em.createQuery("SELECT r FROM PressRelease r WHERE r." + field + " = :key", PressRelease.class))
                .setParameter("key", key)
                .getResultStream()
                .filter(release -> release.isPublicAt(clock.instant()))
                .findFirst();
    }

    /** The address now of a public release that had {@code formerSlug} while it was public. */
    public Optional<String> movedFrom(String formerSlug) {
        return readOnly(em.createQuery("SELECT f.release FROM FormerSlug f WHERE f.slug = :slug", PressRelease.class))
                .setParameter("slug", formerSlug)
                .getResultStream()
                .filter(release -> release.isPublicAt(clock.instant()))
                .map(PressRelease::slug)
                .findFirst();
    }

    /**
     * What changed for readers since {@code since} (everything public when empty): new, edited and newly due
     * releases, and tombstones of those that stopped being public. A change stamped before the window's
     * start but committed after it is caught by the overlap; one a client already has comes again, harmlessly.
     */
    public ReleaseChanges changesSince(Optional<Instant> since) {
        PublicReleases query = new PublicReleases("SELECT r", ReleaseFilter.ALL);
        since.ifPresent(moment -> query.where("(r.updatedAt > :from OR r.publishedAt > :from)")
                .with("from", moment.minus(SYNC_OVERLAP).atOffset(ZoneOffset.UTC)));
        List<PressRelease> changed = query.orderBy(" ORDER BY r.publishedAt DESC, r.id DESC").run(PressRelease.class).getResultList();

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

    /** The public releases just before (newer) and after (older) this one in the office's latest-first list. */
    public Neighbours neighbours(PressRelease release) {
        ReleaseFilter office = ReleaseFilter.ofOffice(release.office().id());
        Optional<PressRelease> older = latestPublic(office, Optional.of(release.cursor()), 1).items().stream().findFirst();
        Optional<PressRelease> newer = new PublicReleases("SELECT r", office)
                .where("r.publishedAt >= :time AND (r.publishedAt > :time OR r.id > :id)")
                .with("time", release.cursor().publishedAt().atOffset(ZoneOffset.UTC)).with("id", release.id())
                .orderBy(" ORDER BY r.publishedAt ASC, r.id ASC")
                .run(PressRelease.class).setMaxResults(1).getResultStream().findFirst();
        return new Neighbours(newer, older);
    }

    /** The releases beside one in its office's latest-first list. */
    public record Neighbours(Optional<PressRelease> newer, Optional<PressRelease> older) {
    }

    /**
     * The years in which the office (or any office) published, latest first: the choices of a year filter.
     * One probe per year down the latest-first index, whatever the number of releases.
     */
    public List<Integer> publicYears(Optional<String> officeId) {
        ReleaseFilter office = new ReleaseFilter(officeId, Optional.empty(), Optional.empty());
        List<Integer> years = new ArrayList<>();
        Optional<PressRelease> latest = latestPublic(office, Optional.empty(), 1).items().stream().findFirst();
        while (latest.isPresent()) {
            int year = latest.get().publishedOn().getYear();
            years.add(year);
            LocalDate newYear = LocalDate.of(year, 1, 1);
            latest = new PublicReleases("SELECT r", office)
                    .notAfter(latestInstantOf(newYear))
                    .where("r.publishedOn < :newYear").with("newYear", newYear)
                    .orderBy(" ORDER BY r.publishedAt DESC, r.id DESC")
                    .run(PressRelease.class).setMaxResults(1).getResultStream().findFirst();
        }
        return years;
    }

    /** Local midnight of a day happens, somewhere on earth, between these instants (offsets run from -12 to +14). */
    private static OffsetDateTime earliestInstantOf(LocalDate day) {
        return day.atStartOfDay().atOffset(ZoneOffset.ofHours(14)).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static OffsetDateTime latestInstantOf(LocalDate day) {
        return day.atStartOfDay().atOffset(ZoneOffset.ofHours(-12)).withOffsetSameInstant(ZoneOffset.UTC);
    }

    public long countPublic() {
        return new PublicReleases("SELECT COUNT(r)", ReleaseFilter.ALL).run(Long.class).getSingleResult();
    }

    /**
     * A JPQL query over public releases ({@link PressRelease#isPublicAt}: released and due) that pass a filter.
     * Its text depends only on which filters are set, so the provider parses each variant once.
     */
    private final class PublicReleases {

        private final StringBuilder jpql;
        private final Map<String, Object> parameters = new HashMap<>();

        PublicReleases(String select, ReleaseFilter filter) {
            jpql = new StringBuilder(select).append(" FROM PressRelease r WHERE r.status IN :released AND r.publishedAt <= :upTo");
            with("released", List.of(ReleaseStatus.SCHEDULED, ReleaseStatus.PUBLISHED));
            with("upTo", clock.instant().atOffset(ZoneOffset.UTC));
            filter.office().ifPresent(office -> where("r.office.id = :office").with("office", office));
            // The bounds on publishedAt let the latest-first index serve the year; publishedOn makes it exact.
            filter.year().ifPresent(year -> notAfter(latestInstantOf(LocalDate.of(year + 1, 1, 1)))
                    .where("r.publishedAt >= :yearFrom AND r.publishedOn BETWEEN :firstDay AND :lastDay")
                    .with("yearFrom", earliestInstantOf(LocalDate.of(year, 1, 1)))
                    .with("firstDay", LocalDate.of(year, 1, 1)).with("lastDay", LocalDate.of(year, 12, 31)));
            filter.text().map(text -> ReleaseSearch.textCondition("r", text)).ifPresent(condition -> {
                where(condition.jpql());
                condition.parameters().forEach(this::with);
            });
        }

        /**
         * Narrows the one upper bound on publishedAt (it starts at now), so that the database walks the
         * latest-first index from there: given a second bound, it may pick the looser one.
         */
        PublicReleases notAfter(OffsetDateTime time) {
            OffsetDateTime upTo = (OffsetDateTime) parameters.get("upTo");
            return with("upTo", time.isBefore(upTo) ? time : upTo);
        }

        PublicReleases where(String condition) {
            jpql.append(" AND ").append(condition);
            return this;
        }

        PublicReleases with(String name, Object value) {
            parameters.put(name, value);
            return this;
        }

        PublicReleases orderBy(String order) {
            jpql.append(order);
            return this;
        }

        <T> TypedQuery<T> run(Class<T> type) {
            TypedQuery<T> query = em.createQuery(jpql.toString(), type);
            parameters.forEach(query::setParameter);
            return readOnly(query);
        }
    }
}
