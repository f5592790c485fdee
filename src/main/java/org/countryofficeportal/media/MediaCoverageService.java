package org.countryofficeportal.media;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

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
}
