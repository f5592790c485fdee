package org.countryofficeportal.content;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.countryofficeportal.audit.AuditLog;
import org.countryofficeportal.contact.Contact;
import org.countryofficeportal.image.ImageService;
import org.countryofficeportal.media.MediaCoverage;
import org.countryofficeportal.office.Country;
import org.countryofficeportal.office.Office;
import org.countryofficeportal.office.Organisation;
import org.countryofficeportal.office.Section;
import org.countryofficeportal.platform.Command;
import org.countryofficeportal.platform.Role;
import org.countryofficeportal.release.PressRelease;
import org.countryofficeportal.release.ReleaseStatus;

import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * All content of the instance as one content bundle (the seed's format): what an administrator downloads as a
 * backup or to move the content to another instance, where {@link ContentImporter} takes it in whole.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class ContentExporter {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditLog audit;

    @EJB
    private ImageService images;

    @Resource
    private SessionContext session;

    public ContentBundle export() {
        ContentBundle bundle = new ContentBundle(ContentBundle.FORMAT, ContentBundle.FORMAT_VERSION,
                em.createQuery("SELECT o FROM Organisation o", Organisation.class).getResultStream().findFirst()
                        .map(ContentExporter::organisation).orElse(null),
                all("SELECT c FROM Country c ORDER BY c.id", Country.class).stream().map(ContentExporter::country).toList(),
                all("SELECT o FROM Office o ORDER BY o.id", Office.class).stream().map(ContentExporter::office).toList(),
                all("SELECT c FROM Contact c WHERE c.deletedAt IS NULL ORDER BY c.office.id, c.position", Contact.class).stream().map(ContentExporter::contact).toList(),
                all("SELECT r FROM PressRelease r ORDER BY r.publishedAt DESC, r.slug", PressRelease.class).stream()
                        .map(this::release).toList(),
                all("SELECT m FROM MediaCoverage m WHERE m.deletedAt IS NULL ORDER BY m.publishedAt DESC, m.slug", MediaCoverage.class).stream()
                        .map(ContentExporter::coverage).toList());
        audit.recordBy(session.getCallerPrincipal().getName(), new Command.Audited(ContentImporter.ContentAction.EXPORTED,
                "all", "all content", bundle.releases().size() + " releases"));
        return bundle;
    }

    /** A release waiting for review is a draft to the bundle, whose format knows no review. */
    private static ReleaseStatus bundled(ReleaseStatus status) {
        return status == ReleaseStatus.IN_REVIEW ? ReleaseStatus.DRAFT : status;
    }

    private <T> List<T> all(String jpql, Class<T> type) {
        return em.createQuery(jpql, type).getResultList();
    }

    private static ContentBundle.Organisation organisation(Organisation organisation) {
        return new ContentBundle.Organisation(organisation.name(), organisation.shortName(), organisation.founded(),
                organisation.unSpecialisedAgencySince().orElse(null), organisation.headquarters().orElse(null),
                organisation.memberStates(), organisation.conventionsAndProtocols(), organisation.mission().orElse(null),
                organisation.strategicObjectives(), organisation.tripartiteStructure().orElse(null), sections(organisation.sections()));
    }

    private static ContentBundle.Country country(Country country) {
        return new ContentBundle.Country(country.id(), country.name(),
                country.memberStateFacts().map(Country.MemberStateFacts::memberSince).orElse(null),
                country.memberStateFacts().map(Country.MemberStateFacts::conventionsRatified).orElse(null),
                country.memberStateFacts().map(Country.MemberStateFacts::fundamentalConventionsRatified).orElse(null));
    }

    private static ContentBundle.Office office(Office office) {
        return new ContentBundle.Office(office.id(), office.name(), office.shortName(), office.city().orElse(null),
                office.address().orElse(null), office.timeZone().getId(), office.yearOpened().orElse(null),
                office.history().orElse(null), office.parent().map(Office::id).orElse(null),
                office.countries().stream().map(Country::id).toList(), sections(office.sections()), office.areasOfWork(),
                office.programmes().stream().map(p -> new ContentBundle.Programme(p.title(), p.status(), p.fromYear(), p.toYear())).toList(),
                office.countryProgramme().map(p -> new ContentBundle.CountryProgramme(p.title(), p.fromYear(), p.toYear(),
                        p.signedOn(), office.countryProgrammePriorities())).orElse(null));
    }

    private static ContentBundle.Contact contact(Contact contact) {
        return new ContentBundle.Contact(contact.office().id(), contact.honorific().orElse(null), contact.name(), contact.role(),
                contact.phones().stream().map(phone -> new ContentBundle.Phone(phone.number(), phone.extension().orElse(null))).toList(),
                contact.email().orElse(null), contact.websites());
    }

    private ContentBundle.Release release(PressRelease release) {
        return new ContentBundle.Release(release.slug(), release.office().id(), bundled(release.status()), release.publishedAt(),
                release.language(), release.title(), release.summary(), release.body().orElse(null),
                release.imageCredit().orElse(null),
                release.translations().entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .map(t -> new ContentBundle.Translation(t.getKey(), t.getValue().title(), t.getValue().summary(),
                                t.getValue().body().orElse(null)))
                        .toList(),
                release.image().map(image -> new ContentBundle.ReleaseImage(image.type().mediaType(), image.altText(),
                        Base64.getEncoder().encodeToString(images.bytesOf(image)))).orElse(null));
    }

    private static ContentBundle.MediaCoverage coverage(MediaCoverage coverage) {
        return new ContentBundle.MediaCoverage(coverage.slug(), coverage.office().id(), coverage.release().map(PressRelease::slug).orElse(null),
                coverage.outlet(), coverage.dateline().orElse(null), coverage.published().toOffsetDateTime(),
                coverage.published().getZone().getId(), coverage.title(), coverage.text());
    }

    private static List<ContentBundle.Section> sections(List<Section> sections) {
        return sections.stream().map(section -> new ContentBundle.Section(section.heading(), section.body())).toList();
    }
}
