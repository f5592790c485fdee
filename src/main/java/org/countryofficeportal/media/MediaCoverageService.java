package org.countryofficeportal.media;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.countryofficeportal.release.ReleaseRemoved;

import java.util.List;

/** Media coverage of the offices: the transaction boundary and the only code that queries it. */
@Stateless
public class MediaCoverageService {

    @PersistenceContext
    private EntityManager em;

    public MediaCoverage add(MediaCoverage coverage) {
        em.persist(coverage);
        return coverage;
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
