package org.countryofficeportal.content;

import jakarta.ejb.EJB;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.countryofficeportal.account.Role;
import org.countryofficeportal.audit.AuditLog;
import org.countryofficeportal.contact.Contact;
import org.countryofficeportal.image.ImageService;
import org.countryofficeportal.platform.ChangeRefusedException;
import org.countryofficeportal.contact.Phone;
import org.countryofficeportal.media.MediaCoverage;
import org.countryofficeportal.office.Country;
import org.countryofficeportal.office.CountryProgramme;
import org.countryofficeportal.office.Office;
import org.countryofficeportal.office.OfficeService;
import org.countryofficeportal.office.Organisation;
import org.countryofficeportal.office.Programme;
import org.countryofficeportal.office.Section;
import org.countryofficeportal.release.PressRelease;
import org.countryofficeportal.release.ReleaseStatus;
import org.countryofficeportal.release.Translation;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Writes a read and checked content bundle into an empty instance, all of it in one transaction: a
 * problem with any item rolls back every item.
 */
@Stateless
public class ContentImporter {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private OfficeService officeService;

    @EJB
    private AuditLog audit;

    @EJB
    private ImageService images;

    @Inject
    private ShippedSeed shippedSeed;

    /**
     * An administrator's import of a bundle.
     *
     * @throws ContentAlreadyPresentException when the instance has content already
     * @throws InvalidBundleException         when an item breaks a rule of the content model
     */
    @RolesAllowed(Role.Names.ADMIN)
    public ImportSummary importIntoEmptyInstance(String file, ContentBundle bundle) {
        ImportSummary summary = write(file, bundle);
        audit.record("content.imported", "bundle", file, summary.toString());
        return summary;
    }

    /**
     * The portal's own import of the seed content it ships with, on its first start: open to no caller in
     * particular, since it can bring in nothing but that bundle, and only into an empty instance.
     */
    @PermitAll
    public ImportSummary importShippedSeed() {
        ImportSummary summary = write(ShippedSeed.FILE, shippedSeed.read());
        audit.recordBy("system", "content.imported", "bundle", ShippedSeed.FILE, summary.toString());
        return summary;
    }

    private ImportSummary write(String file, ContentBundle bundle) {
        if (officeService.hasContent()) {
            throw new ContentAlreadyPresentException();
        }
        new Writer(file).write(bundle);
        return new ImportSummary(bundle.offices().size(), bundle.countries().size(), bundle.contacts().size(),
                bundle.releases().size(), bundle.mediaCoverage().size());
    }

    private <T> T persist(T entity) {
        em.persist(entity);
        return entity;
    }

    /** One import's state: the entities written so far, by the ids the bundle refers to them with. */
    private final class Writer {

        private final String file;
        private final Map<String, Country> countries = new HashMap<>();
        private final Map<String, Office> offices = new HashMap<>();
        private final Map<String, PressRelease> releases = new HashMap<>();

        Writer(String file) {
            this.file = file;
        }

        void write(ContentBundle bundle) {
            em.merge(within("organisation '" + bundle.organisation().label() + "'",
                    () -> organisation(bundle.organisation())));
            each("countries", bundle.countries(), bundle.countries(), item -> countries.put(item.id(), persist(country(item))));
            each("offices", bundle.offices(), parentsFirst(bundle.offices()), item -> offices.put(item.id(), persist(office(item))));
            Map<String, Integer> positions = new HashMap<>();
            each("contacts", bundle.contacts(), bundle.contacts(), item ->
                    persist(contact(item, positions.merge(item.office(), 1, Integer::sum))));
            each("releases", bundle.releases(), bundle.releases(), item -> releases.put(item.slug(), persist(release(item))));
            each("mediaCoverage", bundle.mediaCoverage(), bundle.mediaCoverage(), item -> persist(coverage(item)));
        }

        private Organisation organisation(ContentBundle.Organisation item) {
            Organisation organisation = new Organisation(item.name(), item.shortName(), item.founded(),
                    item.memberStates(), item.conventionsAndProtocols());
            organisation.describe(item.unSpecialisedAgencySince(), item.headquarters(), item.mission(),
                    item.tripartiteStructure(), item.strategicObjectives(), sections(item.sections()));
            return organisation;
        }

        private Country country(ContentBundle.Country item) {
            Country country = new Country(item.id(), item.name());
            if (item.iloMemberSince() != null) {
                country.recordMembership(item.iloMemberSince(), orZero(item.conventionsRatified()),
                        orZero(item.fundamentalConventionsRatified()));
            }
            return country;
        }

        private Office office(ContentBundle.Office item) {
            Office office = new Office(item.id(), item.name(), item.shortName(), item.timeZone());
            office.locate(item.city(), item.address());
            office.recordHistory(item.yearOpened(), item.history());
            if (item.parent() != null) {
                office.placeUnder(offices.get(item.parent()));
            }
            office.cover(item.countries().stream().map(countries::get).toList());
            office.describe(sections(item.sections()), item.areasOfWork());
            ContentBundle.CountryProgramme programme = item.countryProgramme();
            office.runProgrammes(
                    item.programmes().stream()
                            .map(p -> new Programme(p.title(), p.status(), p.fromYear(), p.toYear()))
                            .toList(),
                    programme == null ? null : new CountryProgramme(programme.title(), programme.fromYear(),
                            programme.toYear(), programme.signedOn()),
                    programme == null ? List.of() : programme.priorities());
            return office;
        }

        private Contact contact(ContentBundle.Contact item, int position) {
            Contact contact = new Contact(offices.get(item.office()), position, item.honorific(), item.name(), item.role());
            contact.reachAt(item.email(),
                    item.phones().stream().map(phone -> new Phone(phone.number(), phone.extension())).toList(),
                    item.websites());
            return contact;
        }

        private PressRelease release(ContentBundle.Release item) {
            PressRelease release = new PressRelease(item.slug(), offices.get(item.office()), item.language(),
                    item.title(), item.summary());
            release.write(item.title(), item.summary(), item.body(), item.imageCredit());
            if (item.image() != null) {
                release.illustrate(images.store(Base64.getDecoder().decode(item.image().data()), item.image().alt()), item.imageCredit());
            }
            item.translations().forEach(translation -> release.translate(translation.language(),
                    new Translation(translation.title(), translation.summary(), translation.body())));
            release.publishAt(item.published(), Instant.now());
            if (item.status() == ReleaseStatus.DRAFT) {
                // A draft keeps its planned publication time, so that an export and import round trip keeps it too.
                release.withdraw();
            }
            return release;
        }

        private MediaCoverage coverage(ContentBundle.MediaCoverage item) {
            MediaCoverage coverage = new MediaCoverage(item.slug(), offices.get(item.office()), item.outlet(),
                    item.published().atZoneSameInstant(ZoneId.of(item.timeZone())), item.title(), item.text());
            coverage.placeAt(item.dateline());
            if (item.release() != null) {
                coverage.relateTo(releases.get(item.release()));
            }
            return coverage;
        }

        private static List<Section> sections(List<ContentBundle.Section> items) {
            return items.stream().map(section -> new Section(section.heading(), section.body())).toList();
        }

        private static int orZero(Integer count) {
            return count == null ? 0 : count;
        }

        /** Offices go in before the offices under them, so that every parent exists when a child names it. */
        private static List<ContentBundle.Office> parentsFirst(List<ContentBundle.Office> items) {
            Map<String, ContentBundle.Office> pending = new LinkedHashMap<>();
            items.forEach(item -> pending.put(item.id(), item));
            List<ContentBundle.Office> ordered = new ArrayList<>();
            while (!pending.isEmpty()) {
                ContentBundle.Office next = pending.values().iterator().next();
                while (next.parent() != null && pending.containsKey(next.parent())) {
                    next = pending.get(next.parent());
                }
                ordered.add(next);
                pending.remove(next.id());
            }
            return ordered;
        }

        /** Writes the items in the given order, naming each by its place in the bundle should it be refused. */
        private <T extends ContentBundle.Item> void each(String section, List<T> inBundle, List<T> inOrder, Consumer<T> write) {
            for (T item : inOrder) {
                within(section + "[" + inBundle.indexOf(item) + "] '" + item.label() + "'", () -> {
                    write.accept(item);
                    return null;
                });
            }
        }

        /** An item the content model refuses is reported like any other bundle problem, naming the item. */
        private <T> T within(String item, Supplier<T> step) {
            try {
                return step.get();
            } catch (IllegalArgumentException | NullPointerException | DateTimeException | ChangeRefusedException e) {
                throw new InvalidBundleException(List.of(new BundleProblem(file, item, "", e.getMessage())));
            }
        }
    }
}
