package org.countryofficeportal.media;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.countryofficeportal.account.Role;
import org.countryofficeportal.audit.AuditLog;
import org.countryofficeportal.office.Office;
import org.countryofficeportal.platform.ChangeRefusedException;
import org.countryofficeportal.platform.Changes;
import org.countryofficeportal.release.PressRelease;
import org.countryofficeportal.release.ReleaseEditing;
import org.countryofficeportal.release.ReleaseRemoved;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/** Media coverage of the offices: the transaction boundary and the only code that queries it. */
@Stateless
public class MediaCoverageService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditLog audit;

    @EJB
    private ReleaseEditing releases;

    public Optional<MediaCoverage> find(String slug) {
        return em.createQuery("SELECT m FROM MediaCoverage m WHERE m.slug = :slug", MediaCoverage.class)
                .setParameter("slug", slug).getResultStream().findFirst();
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.EDITOR})
    public MediaCoverage create(String slug, CoverageDetails details) {
        if (find(slug).isPresent()) {
            throw new ChangeRefusedException("Coverage with the address '" + slug + "' exists already.");
        }
        Office office = Optional.ofNullable(details.office()).map(id -> em.find(Office.class, id))
                .orElseThrow(() -> new ChangeRefusedException("Choose the office the article is about."));
        MediaCoverage coverage = Changes.checked(() -> write(new MediaCoverage(slug, office, Changes.required(details.outlet(), "outlet"),
                published(details), Changes.required(details.title(), "title"), Changes.required(details.text(), "text")), details));
        em.persist(coverage);
        audit.record("media.created", "media", slug, details.title());
        return coverage;
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.EDITOR})
    public MediaCoverage update(String slug, long expectedVersion, CoverageDetails details) {
        MediaCoverage coverage = current(slug, expectedVersion);
        Changes.checked(() -> {
            coverage.rewrite(Changes.required(details.outlet(), "outlet"), published(details), Changes.required(details.title(), "title"),
                    Changes.required(details.text(), "text"));
            return write(coverage, details);
        });
        audit.record("media.updated", "media", slug, details.title());
        return coverage;
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.EDITOR})
    public void delete(String slug, long expectedVersion) {
        em.remove(current(slug, expectedVersion));
        audit.record("media.deleted", "media", slug, null);
    }

    private MediaCoverage current(String slug, long expectedVersion) {
        MediaCoverage coverage = find(slug).orElseThrow(() -> new ChangeRefusedException("Someone else deleted this coverage meanwhile."));
        return Changes.unchangedSince(coverage, coverage.version(), expectedVersion, "coverage");
    }

    private MediaCoverage write(MediaCoverage coverage, CoverageDetails details) {
        coverage.placeAt(Changes.optional(details.dateline()));
        String slug = Changes.optional(details.release());
        PressRelease related = slug == null ? null : releases.find(slug)
                .orElseThrow(() -> new ChangeRefusedException("There is no release '" + slug + "'."));
        coverage.relateTo(related);
        return coverage;
    }

    private static ZonedDateTime published(CoverageDetails details) {
        try {
            return LocalDateTime.parse(details.published()).atZone(ZoneId.of(details.timeZone()));
        } catch (DateTimeException | NullPointerException e) {
            throw new ChangeRefusedException("Give the article's date and time (e.g. 2023-11-29T14:05) and its time zone"
                    + " (e.g. Asia/Karachi).");
        }
    }


    /** Every coverage item, latest first. */
    public List<MediaCoverage> latestFirst() {
        return em.createQuery("SELECT m FROM MediaCoverage m ORDER BY m.publishedAt DESC, m.id DESC", MediaCoverage.class)
                .getResultList();
    }

    /** Coverage of a release that is deleted stays, related to no release. */
    public void releaseRemoved(@Observes ReleaseRemoved removal) {
        em.createQuery("SELECT m FROM MediaCoverage m WHERE m.release = :release", MediaCoverage.class)
                .setParameter("release", removal.release())
                .getResultList()
                .forEach(coverage -> coverage.relateTo(null));
    }
}
