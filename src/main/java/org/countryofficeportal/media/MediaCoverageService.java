package org.countryofficeportal.media;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.countryofficeportal.media.MediaCommands.Article;
import org.countryofficeportal.media.MediaCommands.Create;
import org.countryofficeportal.media.MediaCommands.Delete;
import org.countryofficeportal.media.MediaCommands.Restore;
import org.countryofficeportal.media.MediaCommands.Update;
import org.countryofficeportal.office.Office;
import org.countryofficeportal.platform.ChangeRefusedException;
import org.countryofficeportal.platform.EditConflictException;
import org.countryofficeportal.platform.ExecutesCommands;
import org.countryofficeportal.platform.Role;
import org.countryofficeportal.platform.Slugs;
import org.countryofficeportal.release.PressRelease;
import org.countryofficeportal.release.ReleaseRemoved;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Media coverage of the offices: the only code that queries it, and one method per {@link MediaCommands command}
 * that changes it. A deleted item is kept, hidden, until it is restored.
 */
@Stateless
@ExecutesCommands
public class MediaCoverageService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /** An item, deleted or not. */
    public Optional<MediaCoverage> find(String slug) {
        return em.createQuery("SELECT m FROM MediaCoverage m WHERE m.slug = :slug", MediaCoverage.class)
                .setParameter("slug", slug).getResultStream().findFirst();
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.EDITOR})
    public MediaCoverage create(Create command) {
        Article article = command.article();
        boolean proposed = command.slug() == null || command.slug().isBlank();
        String slug = proposed ? Slugs.proposeFrom(article.title(), MediaCoverage.SLUG_LENGTH) : command.slug().strip();
        if (!Slugs.isSlug(slug)) {
            throw new ChangeRefusedException("slug", "An address is lower-case words joined by hyphens.");
        }
        if (find(slug).isPresent()) {
            throw new ChangeRefusedException("slug", "Another item has the address '" + slug + "': choose another one.");
        }
        Office office = office(article.office());
        MediaCoverage item = new MediaCoverage(slug, office, article.outlet().strip(), published(article, office),
                article.title().strip(), article.text().strip());
        em.persist(describe(item, article));
        return item;
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.EDITOR})
    public MediaCoverage update(Update command) {
        MediaCoverage item = current(command.slug(), command.version());
        Article article = command.article();
        item.rewrite(article.outlet().strip(), published(article, item.office()), article.title().strip(), article.text().strip());
        return describe(item, article);
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.EDITOR})
    public MediaCoverage delete(Delete command) {
        MediaCoverage item = current(command.slug(), command.version());
        item.delete(clock.instant());
        return item;
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.EDITOR})
    public MediaCoverage restore(Restore command) {
        MediaCoverage item = find(command.slug()).filter(found -> found.deletedAt().isPresent())
                .orElseThrow(() -> new ChangeRefusedException("There is no deleted item to restore."));
        item.restore();
        return item;
    }

    private MediaCoverage current(String slug, long version) {
        MediaCoverage item = find(slug).filter(found -> found.deletedAt().isEmpty())
                .orElseThrow(() -> new ChangeRefusedException("Someone else deleted this item meanwhile."));
        return EditConflictException.unlessChanged(item, item.version(), version);
    }

    private MediaCoverage describe(MediaCoverage item, Article article) {
        item.placeAt(article.dateline() == null || article.dateline().isBlank() ? null : article.dateline().strip());
        String releaseSlug = article.release() == null || article.release().isBlank() ? null : article.release().strip();
        PressRelease related = releaseSlug == null ? null : em.createQuery("SELECT r FROM PressRelease r WHERE r.slug = :slug",
                        PressRelease.class).setParameter("slug", releaseSlug).getResultStream().findFirst()
                .orElseThrow(() -> new ChangeRefusedException("release", "There is no release with the address '" + releaseSlug + "'."));
        item.relateTo(related);
        return item;
    }

    private Office office(String id) {
        return Optional.ofNullable(em.find(Office.class, id))
                .orElseThrow(() -> new ChangeRefusedException("office", "Choose one of the offices offered."));
    }

    /** The time printed on the article, in the zone staff chose, or else in the office's own. */
    private static ZonedDateTime published(Article article, Office office) {
        if (article.timeZone() == null || article.timeZone().isBlank()) {
            return article.published().atZone(office.timeZone());
        }
        try {
            return article.published().atZone(ZoneId.of(article.timeZone()));
        } catch (DateTimeException e) {
            throw new ChangeRefusedException("timeZone", "Choose one of the time zones offered.");
        }
    }

    /** Every item, latest first (none deleted). */
    public List<MediaCoverage> latestFirst() {
        return em.createQuery("SELECT m FROM MediaCoverage m WHERE m.deletedAt IS NULL ORDER BY m.publishedAt DESC, m.id DESC",
                MediaCoverage.class).getResultList();
    }

    /** Items deleted lately, last deleted first: they can be restored. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.EDITOR})
    public List<MediaCoverage> deleted() {
        return em.createQuery("SELECT m FROM MediaCoverage m WHERE m.deletedAt IS NOT NULL ORDER BY m.deletedAt DESC",
                MediaCoverage.class).getResultList();
    }

    /** Coverage of a release that is deleted stays, related to no release. */
    public void releaseRemoved(@Observes ReleaseRemoved removal) {
        em.createQuery("SELECT m FROM MediaCoverage m WHERE m.release = :release", MediaCoverage.class)
                .setParameter("release", removal.release())
                .getResultList()
                .forEach(coverage -> coverage.relateTo(null));
    }
}
