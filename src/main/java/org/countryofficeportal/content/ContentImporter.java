package org.countryofficeportal.content;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.countryofficeportal.contact.ContactCommands;
import org.countryofficeportal.contact.ContactService;
import org.countryofficeportal.media.MediaCommands;
import org.countryofficeportal.media.MediaCoverageService;
import org.countryofficeportal.office.OfficeCommands;
import org.countryofficeportal.office.OfficeService;
import org.countryofficeportal.platform.ChangeRefusedException;
import org.countryofficeportal.platform.Command;
import org.countryofficeportal.platform.ExecutesCommands;
import org.countryofficeportal.platform.FirstStartLock;
import org.countryofficeportal.platform.InvalidCommandException;
import org.countryofficeportal.platform.ItemKind;
import org.countryofficeportal.platform.Role;
import org.countryofficeportal.release.PressRelease;
import org.countryofficeportal.release.ReleaseCommands;
import org.countryofficeportal.release.ReleaseEditing;
import org.countryofficeportal.release.ReleaseStatus;
import org.countryofficeportal.release.ReleaseText;
import org.countryofficeportal.release.TranslationText;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Writes a read and checked content bundle into an empty instance, all of it in one transaction, through the same
 * commands staff send from the back office (checked and audited alike): a problem with any item rolls back every
 * item, and is reported naming the item.
 */
@Stateless
@ExecutesCommands
@RolesAllowed(Role.Names.ADMIN)
public class ContentImporter {

    @EJB
    private FirstStartLock firstStart;

    @EJB
    private OfficeService offices;

    @EJB
    private ContactService contacts;

    @EJB
    private ReleaseEditing releases;

    @EJB
    private MediaCoverageService coverage;

    @Inject
    private ShippedSeed shippedSeed;

    /** What the audit log says of imports and exports of content. */
    public enum ContentAction implements Command.Action {
        IMPORTED("imported a content bundle"),
        EXPORTED("exported all content");

        private final String words;

        ContentAction(String words) {
            this.words = words;
        }

        @Override
        public ItemKind kind() {
            return ItemKind.CONTENT;
        }

        @Override
        public String words() {
            return words;
        }
    }

    /** A bundle, read from {@code file}, into an instance without content. */
    public record Import(@NotBlank String file, @NotNull ContentBundle bundle, UUID submission)
            implements Command<ImportSummary> {
        @Override
        public Audited audited(ImportSummary summary) {
            return new Audited(ContentAction.IMPORTED, file, file, summary.toString());
        }
    }

    /**
     * An administrator's import of a bundle (or the portal's own of the seed it ships, on its first start).
     *
     * @throws ContentAlreadyPresentException when the instance has content already
     * @throws InvalidBundleException         when an item breaks a rule of the content model
     */
    public ImportSummary importIntoEmptyInstance(Import command) {
        firstStart.holdUntilCommit();
        if (offices.hasContent()) {
            throw new ContentAlreadyPresentException();
        }
        ContentBundle bundle = command.bundle();
        new Writer(command.file()).write(bundle);
        return new ImportSummary(bundle.offices().size(), bundle.countries().size(), bundle.contacts().size(),
                bundle.releases().size(), bundle.mediaCoverage().size());
    }

    /** The seed content the portal ships with, into an instance without content. */
    public ImportSummary importShippedSeed() {
        return importIntoEmptyInstance(new Import(ShippedSeed.FILE, shippedSeed.read(), null));
    }

    /** One import: each item sent as the command a staff member would send for it, named should it be refused. */
    private final class Writer {

        private final String file;

        Writer(String file) {
            this.file = file;
        }

        void write(ContentBundle bundle) {
            within("organisation '" + bundle.organisation().label() + "'", () -> organisation(bundle.organisation()));
            each("countries", bundle.countries(), bundle.countries(), this::country);
            each("offices", bundle.offices(), parentsFirst(bundle.offices()), this::office);
            each("contacts", bundle.contacts(), bundle.contacts(), this::contact);
            each("releases", bundle.releases(), bundle.releases(), this::release);
            each("mediaCoverage", bundle.mediaCoverage(), bundle.mediaCoverage(), this::coverage);
        }

        private Object organisation(ContentBundle.Organisation item) {
            return offices.describeOrganisation(new OfficeCommands.DescribeOrganisation(item.name(), item.shortName(),
                    item.founded(), item.memberStates(), item.conventionsAndProtocols(), item.unSpecialisedAgencySince(),
                    item.headquarters(), item.mission(), item.tripartiteStructure(), item.strategicObjectives(),
                    sections(item.sections()), null));
        }

        private void country(ContentBundle.Country item) {
            boolean member = item.iloMemberSince() != null;
            offices.saveCountry(new OfficeCommands.SaveCountry(item.id(), null, item.name(), item.iloMemberSince(),
                    member ? orZero(item.conventionsRatified()) : null, member ? orZero(item.fundamentalConventionsRatified()) : null,
                    null));
        }

        private void office(ContentBundle.Office item) {
            ContentBundle.CountryProgramme programme = item.countryProgramme();
            offices.create(new OfficeCommands.Create(item.id(), new OfficeCommands.Description(item.name(), item.shortName(),
                    item.city(), item.address(), item.timeZone(), item.yearOpened(), item.history(), item.parent(),
                    item.countries(), sections(item.sections()), item.areasOfWork(),
                    item.programmes().stream().map(p -> new OfficeCommands.ProgrammeText(p.title(), p.status(), p.fromYear(),
                            p.toYear())).toList(),
                    programme == null ? null : new OfficeCommands.CountryProgrammeText(programme.title(), programme.fromYear(),
                            programme.toYear(), programme.signedOn(), programme.priorities())), null));
        }

        private void contact(ContentBundle.Contact item) {
            contacts.create(new ContactCommands.Create(item.office(), new ContactCommands.ContactText(item.honorific(),
                    item.name(), item.role(), item.email(),
                    item.phones().stream().map(phone -> new ContactCommands.PhoneText(phone.number(), phone.extension())).toList(),
                    item.websites()), null));
        }

        private void release(ContentBundle.Release item) {
            ZoneId zone = offices.find(item.office()).orElseThrow(() -> new ChangeRefusedException("office",
                    "There is no office '" + item.office() + "' in the bundle.")).timeZone();
            ReleaseText text = new ReleaseText(item.title(), item.summary(), item.body(), item.imageCredit());
            PressRelease release = releases.create(new ReleaseCommands.Create(
                    new ReleaseCommands.Placement(item.office(), item.language(), item.slug()), text,
                    item.published().atZoneSameInstant(zone).toLocalDateTime(), null));
            for (ContentBundle.Translation translation : item.translations()) {
                release = releases.translate(new ReleaseCommands.Translate(release.slug(), release.version(),
                        translation.language(), new TranslationText(translation.title(), translation.summary(), translation.body()),
                        null));
            }
            if (item.image() != null) {
                release = releases.illustrate(new ReleaseCommands.Illustrate(edited(release, text),
                        Base64.getDecoder().decode(item.image().data()), item.image().alt(), null));
            }
            if (item.status() != ReleaseStatus.DRAFT) {
                releases.schedule(new ReleaseCommands.Schedule(edited(release, text),
                        item.published().atZoneSameInstant(zone).toLocalDateTime(), true, null));
            }
        }

        private ReleaseCommands.Edited edited(PressRelease release, ReleaseText text) {
            return new ReleaseCommands.Edited(release.slug(), release.version(), text, null);
        }

        private void coverage(ContentBundle.MediaCoverage item) {
            coverage.create(new MediaCommands.Create(item.slug(), new MediaCommands.Article(item.office(), item.release(),
                    item.outlet(), item.dateline(), item.published().atZoneSameInstant(ZoneId.of(item.timeZone())).toLocalDateTime(),
                    item.timeZone(), item.title(), item.text()), null));
        }

        private List<OfficeCommands.SectionText> sections(List<ContentBundle.Section> items) {
            return items.stream().map(section -> new OfficeCommands.SectionText(section.heading(), section.body())).toList();
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

        /** An item a command refuses is reported like any other bundle problem, naming the item and the field. */
        private <T> T within(String item, Supplier<T> step) {
            try {
                return step.get();
            } catch (InvalidCommandException e) {
                throw new InvalidBundleException(e.problems().entrySet().stream()
                        .map(problem -> new BundleProblem(file, item, problem.getKey(), problem.getValue())).toList());
            } catch (ChangeRefusedException e) {
                throw new InvalidBundleException(List.of(new BundleProblem(file, item, e.property().orElse(""), e.getMessage())));
            } catch (IllegalArgumentException | DateTimeException e) {
                throw new InvalidBundleException(List.of(new BundleProblem(file, item, "", e.getMessage())));
            }
        }
    }
}
