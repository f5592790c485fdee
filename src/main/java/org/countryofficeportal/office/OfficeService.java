package org.countryofficeportal.office;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** Offices, the countries they cover and the organisation facts: the only code that queries them. */
@Stateless
public class OfficeService {

    @PersistenceContext
    private EntityManager em;

    public Office add(Office office) {
        em.persist(office);
        return office;
    }

    public Country add(Country country) {
        em.persist(country);
        return country;
    }

    public Organisation describe(Organisation organisation) {
        return em.merge(organisation);
    }

    public Optional<Office> find(String id) {
        return Optional.ofNullable(em.find(Office.class, id));
    }

    /** Every office, by id. */
    public List<Office> all() {
        return em.createQuery("SELECT o FROM Office o ORDER BY o.id", Office.class)
                .getResultList();
    }

    public Optional<Organisation> organisation() {
        return Optional.ofNullable(em.find(Organisation.class, Organisation.THE_ONLY_ID));
    }

    /** An instance holds content once it has an office; the content bundle is only ever imported into none. */
    public boolean hasContent() {
        return !em.createQuery("SELECT o.id FROM Office o", String.class).setMaxResults(1).getResultList().isEmpty();
    }

    public long count() {
        return em.createQuery("SELECT COUNT(o) FROM Office o", Long.class).getSingleResult();
    }
}
