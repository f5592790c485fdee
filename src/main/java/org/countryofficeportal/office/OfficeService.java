package org.countryofficeportal.office;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.countryofficeportal.office.OfficeCommands.Create;
import org.countryofficeportal.office.OfficeCommands.Delete;
import org.countryofficeportal.office.OfficeCommands.DeleteCountry;
import org.countryofficeportal.office.OfficeCommands.Description;
import org.countryofficeportal.office.OfficeCommands.SaveCountry;
import org.countryofficeportal.office.OfficeCommands.Update;
import org.countryofficeportal.platform.ChangeRefusedException;
import org.countryofficeportal.platform.EditConflictException;
import org.countryofficeportal.platform.ExecutesCommands;
import org.countryofficeportal.platform.Role;
import org.countryofficeportal.platform.Slugs;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Offices, the countries they cover and the organisation facts: the only code that queries them, and one method
 * per {@link OfficeCommands command} that changes them.
 */
@Stateless
@ExecutesCommands
public class OfficeService {

    @PersistenceContext
    private EntityManager em;

    /** A new office; it has no releases or contacts yet. */
    @RolesAllowed(Role.Names.ADMIN)
    public Office create(Create command) {
        if (!Slugs.isSlug(command.id())) {
            throw new ChangeRefusedException("id", "An id is lower-case words joined by hyphens, e.g. tajikistan.");
        }
        if (find(command.id()).isPresent()) {
            throw new ChangeRefusedException("id", "An office with the id '" + command.id() + "' exists already.");
        }
        Description description = command.description();
        Office office = new Office(command.id(), description.name(), description.shortName(), zone(description.timeZone()));
        em.persist(describe(office, description));
        return office;
    }

    @RolesAllowed(Role.Names.ADMIN)
    public Office update(Update command) {
        Office office = current(command.id(), command.version());
        Description description = command.description();
        office.rename(description.name(), description.shortName(), zone(description.timeZone()));
        return describe(office, description);
    }

    /** Deletes an office that nothing refers to any more: no release, contact, coverage or office under it; gives its name. */
    @RolesAllowed(Role.Names.ADMIN)
    public String delete(Delete command) {
        Office office = current(command.id(), command.version());
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
        return office.name();
    }

    /** The organisation, described once: by the content an empty instance is given. */
    @RolesAllowed(Role.Names.ADMIN)
    public Organisation describeOrganisation(OfficeCommands.DescribeOrganisation command) {
        if (organisation().isPresent()) {
            throw new ChangeRefusedException("The organisation is described already.");
        }
        Organisation organisation = refusedAs("memberStates", () -> new Organisation(command.name(), command.shortName(),
                command.founded(), command.memberStates(), command.conventionsAndProtocols()));
        organisation.describe(command.unSpecialisedAgencySince(), command.headquarters(), command.mission(),
                command.tripartiteStructure(), command.strategicObjectives(),
                command.sections().stream().map(section -> new Section(section.heading(), section.body())).toList());
        em.persist(organisation);
        return organisation;
    }

    public List<Country> countries() {
        return em.createQuery("SELECT c FROM Country c ORDER BY c.name", Country.class).getResultList();
    }

    public Optional<Country> country(String id) {
        return Optional.ofNullable(em.find(Country.class, id));
    }

    /** Creates or corrects a country and its member-state facts (all three, or none). */
    @RolesAllowed(Role.Names.ADMIN)
    public Country saveCountry(SaveCountry command) {
        Optional<Country> stored = country(command.id());
        Country country;
        if (command.version() == null) {
            if (stored.isPresent()) {
                throw new ChangeRefusedException("id", "A country with the id '" + command.id() + "' exists already.");
            }
            country = refusedAs("id", () -> new Country(command.id(), command.name()));
            em.persist(country);
        } else {
            country = stored.orElseThrow(() -> new ChangeRefusedException("Someone else deleted this country meanwhile."));
            EditConflictException.unlessChanged(country, country.version(), command.version());
            country.rename(command.name());
        }
        if (command.memberSince() == null && command.conventions() == null && command.fundamentalConventions() == null) {
            country.forgetMembership();
        } else if (command.memberSince() == null || command.conventions() == null || command.fundamentalConventions() == null) {
            throw new ChangeRefusedException("memberSince", "A member State's facts are the year it joined and both numbers of"
                    + " conventions: give all three, or none for a country that is not a member.");
        } else {
            refusedAs("fundamentalConventions", () -> {
                country.recordMembership(command.memberSince(), command.conventions(), command.fundamentalConventions());
                return country;
            });
        }
        return country;
    }

    /** Deletes a country that no office covers; gives its name. */
    @RolesAllowed(Role.Names.ADMIN)
    public String deleteCountry(DeleteCountry command) {
        Country country = country(command.id())
                .orElseThrow(() -> new ChangeRefusedException("Someone else deleted this country meanwhile."));
        EditConflictException.unlessChanged(country, country.version(), command.version());
        if (em.createQuery("SELECT COUNT(o) FROM Office o WHERE :country MEMBER OF o.countries", Long.class)
                .setParameter("country", country).getSingleResult() > 0) {
            throw new ChangeRefusedException("An office covers " + country.name() + ": take it off the office first.");
        }
        em.remove(country);
        return country.name();
    }

    private Office current(String id, long version) {
        Office office = find(id).orElseThrow(() -> new ChangeRefusedException("Someone else deleted this office meanwhile."));
        return EditConflictException.unlessChanged(office, office.version(), version);
    }

    private Office describe(Office office, Description description) {
        office.locate(description.city(), description.address());
        office.recordHistory(description.yearOpened(), description.history());
        Office parent = description.parent() == null || description.parent().isBlank() ? null : find(description.parent())
                .orElseThrow(() -> new ChangeRefusedException("parent", "Choose one of the offices offered."));
        refusedAs("parent", () -> {
            office.placeUnder(parent);
            return office;
        });
        List<Country> covered = description.countries().stream().map(id -> country(id)
                .orElseThrow(() -> new ChangeRefusedException("countries", "Choose countries from those offered."))).toList();
        refusedAs("countries", () -> {
            office.cover(covered);
            return office;
        });
        office.describe(description.sections().stream().map(section -> new Section(section.heading(), section.body())).toList(),
                description.areasOfWork());
        List<Programme> programmes = refusedAs("programmes", () -> description.programmes().stream()
                .map(programme -> new Programme(programme.title(), programme.status(), programme.fromYear(), programme.toYear()))
                .toList());
        OfficeCommands.CountryProgrammeText inForce = description.countryProgramme();
        CountryProgramme countryProgramme = inForce == null ? null : refusedAs("countryProgramme", () ->
                new CountryProgramme(inForce.title(), inForce.fromYear(), inForce.toYear(), inForce.signedOn()));
        office.runProgrammes(programmes, countryProgramme, inForce == null ? List.of() : inForce.priorities());
        return office;
    }

    private static String zone(String timeZone) {
        try {
            return ZoneId.of(timeZone).getId();
        } catch (DateTimeException e) {
            throw new ChangeRefusedException("timeZone", "Choose one of the time zones offered.");
        }
    }

    /** Runs a step whose content-model rule may refuse it, as a refusal at {@code property} in the rule's words. */
    private static <T> T refusedAs(String property, Supplier<T> step) {
        try {
            return step.get();
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            throw new ChangeRefusedException(property, Character.toUpperCase(message.charAt(0)) + message.substring(1) + ".");
        }
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
