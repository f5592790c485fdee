package org.countryofficeportal.office;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.countryofficeportal.account.Role;
import org.countryofficeportal.audit.AuditLog;
import org.countryofficeportal.platform.ChangeRefusedException;
import org.countryofficeportal.platform.Changes;

import java.util.List;
import java.util.Optional;

/** Offices, the countries they cover and the organisation facts: the only code that queries them. */
@Stateless
public class OfficeService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditLog audit;

    @RolesAllowed(Role.Names.ADMIN)
    public Office add(Office office) {
        em.persist(office);
        return office;
    }

    /** A new office with the details given; it has no releases or contacts yet. */
    @RolesAllowed(Role.Names.ADMIN)
    public Office create(String id, OfficeDetails details) {
        if (find(id).isPresent()) {
            throw new ChangeRefusedException("An office with the id '" + id + "' exists already.");
        }
        Office office = Changes.checked(() -> write(new Office(id, Changes.required(details.name(), "name"), Changes.required(details.shortName(), "short name"),
                Changes.required(details.timeZone(), "time zone")), details));
        em.persist(office);
        audit.record("office.created", "office", id, details.name());
        return office;
    }

    @RolesAllowed(Role.Names.ADMIN)
    public Office update(String id, long expectedVersion, OfficeDetails details) {
        Office office = current(id, expectedVersion);
        Changes.checked(() -> {
            office.rename(Changes.required(details.name(), "name"), Changes.required(details.shortName(), "short name"), Changes.required(details.timeZone(), "time zone"));
            return write(office, details);
        });
        audit.record("office.updated", "office", id, details.name());
        return office;
    }

    /** Deletes an office that nothing refers to any more: no release, contact, coverage or office under it. */
    @RolesAllowed(Role.Names.ADMIN)
    public void delete(String id, long expectedVersion) {
        Office office = current(id, expectedVersion);
        for (String entity : List.of("PressRelease", "Contact", "MediaCoverage")) {
            if (em.createQuery("SELECT COUNT(x) FROM " + entity + " x WHERE x.office = :office", Long.class)
                    .setParameter("office", office).getSingleResult() > 0) {
                throw new ChangeRefusedException("The office still has releases, contacts or media coverage: move or delete them first.");
            }
        }
        if (em.createQuery("SELECT COUNT(o) FROM Office o WHERE o.parent = :office", Long.class).setParameter("office", office)
                .getSingleResult() > 0) {
            throw new ChangeRefusedException("Other offices sit under this one: place them elsewhere first.");
        }
        em.remove(office);
        audit.record("office.deleted", "office", id, office.name());
    }

    public List<Country> countries() {
        return em.createQuery("SELECT c FROM Country c ORDER BY c.name", Country.class).getResultList();
    }

    /** Creates or corrects a country and its member-state facts (all three, or none). */
    @RolesAllowed(Role.Names.ADMIN)
    public Country saveCountry(String id, Long expectedVersion, String name, String memberSince, String conventions,
                               String fundamentalConventions) {
        Country country = Optional.ofNullable(em.find(Country.class, id)).orElse(null);
        if (expectedVersion == null && country != null) {
            throw new ChangeRefusedException("A country with the id '" + id + "' exists already.");
        }
        if (expectedVersion != null && (country == null || country.version() != expectedVersion)) {
            throw new ChangeRefusedException("Someone else changed this country meanwhile: nothing was saved. Reload to see it.");
        }
        Country saved = Changes.checked(() -> {
            Country target = country == null ? new Country(id, Changes.required(name, "country name")) : country;
            target.rename(Changes.required(name, "country name"));
            Integer since = OfficeDetails.year(memberSince, "year of membership");
            if (since == null) {
                target.forgetMembership();
            } else {
                target.recordMembership(since, count(conventions, "conventions ratified"),
                        count(fundamentalConventions, "fundamental conventions ratified"));
            }
            return target;
        });
        if (country == null) {
            em.persist(saved);
        }
        audit.record(country == null ? "country.created" : "country.updated", "country", id, name);
        return saved;
    }

    /** Deletes a country that no office covers. */
    @RolesAllowed(Role.Names.ADMIN)
    public void deleteCountry(String id, long expectedVersion) {
        Country country = Optional.ofNullable(em.find(Country.class, id))
                .orElseThrow(() -> new ChangeRefusedException("Someone else deleted this country meanwhile."));
        Changes.unchangedSince(country, country.version(), expectedVersion, "country");
        if (em.createQuery("SELECT COUNT(o) FROM Office o WHERE :country MEMBER OF o.countries", Long.class)
                .setParameter("country", country).getSingleResult() > 0) {
            throw new ChangeRefusedException("An office covers " + country.name() + ": take it off the office first.");
        }
        em.remove(country);
        audit.record("country.deleted", "country", id, country.name());
    }

    private Office current(String id, long expectedVersion) {
        Office office = find(id).orElseThrow(() -> new ChangeRefusedException("Someone else deleted this office meanwhile."));
        return Changes.unchangedSince(office, office.version(), expectedVersion, "office");
    }

    private Office write(Office office, OfficeDetails details) {
        office.locate(Changes.optional(details.city()), Changes.optional(details.address()));
        office.recordHistory(OfficeDetails.year(details.yearOpened(), "year opened"), Changes.optional(details.history()));
        office.placeUnder(Changes.optional(details.parent()) == null ? null : find(details.parent().strip())
                .orElseThrow(() -> new IllegalArgumentException("there is no office '" + details.parent() + "'")));
        office.cover(details.countries().stream().map(id -> Optional.ofNullable(em.find(Country.class, id))
                .orElseThrow(() -> new IllegalArgumentException("there is no country '" + id + "'"))).toList());
        office.describe(details.sectionList(), Changes.lines(details.areasOfWork()));
        office.runProgrammes(details.programmeList(), details.countryProgramme(), Changes.lines(details.priorities()));
        return office;
    }

    private static int count(String text, String what) {
        if (text == null || !text.strip().matches("[0-9]{1,4}")) {
            throw new IllegalArgumentException("the number of " + what + " is missing or not a number");
        }
        return Integer.parseInt(text.strip());
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
