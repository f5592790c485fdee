package org.countryofficeportal.release;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.countryofficeportal.image.ImageService;
import org.countryofficeportal.office.Office;
import org.countryofficeportal.platform.ChangeRefusedException;
import org.countryofficeportal.platform.ConfirmationNeededException;
import org.countryofficeportal.platform.EditConflictException;
import org.countryofficeportal.platform.ExecutesCommands;
import org.countryofficeportal.platform.LikePatterns;
import org.countryofficeportal.platform.RemovedFromRichText;
import org.countryofficeportal.platform.RichText;
import org.countryofficeportal.platform.Role;
import org.countryofficeportal.platform.Slugs;
import org.countryofficeportal.release.ReleaseCommands.Create;
import org.countryofficeportal.release.ReleaseCommands.Delete;
import org.countryofficeportal.release.ReleaseCommands.Edited;
import org.countryofficeportal.release.ReleaseCommands.Illustrate;
import org.countryofficeportal.release.ReleaseCommands.Note;
import org.countryofficeportal.release.ReleaseCommands.Placement;
import org.countryofficeportal.release.ReleaseCommands.Publish;
import org.countryofficeportal.release.ReleaseCommands.RemoveImage;
import org.countryofficeportal.release.ReleaseCommands.RemoveTranslation;
import org.countryofficeportal.release.ReleaseCommands.Restore;
import org.countryofficeportal.release.ReleaseCommands.RestoreTranslation;
import org.countryofficeportal.release.ReleaseCommands.Save;
import org.countryofficeportal.release.ReleaseCommands.Schedule;
import org.countryofficeportal.release.ReleaseCommands.SendBack;
import org.countryofficeportal.release.ReleaseCommands.Submit;
import org.countryofficeportal.release.ReleaseCommands.Translate;
import org.countryofficeportal.release.ReleaseCommands.Unpublish;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The editorial workflow of press releases: one method per {@link ReleaseCommands command}, each the transaction
 * of its change (checked, audited and refused when sent twice by platform.CommandHandling). Every save keeps the
 * text it replaces as a revision. Authors change their own drafts only; editors clear releases.
 */
@Stateless
@ExecutesCommands
@RolesAllowed({Role.Names.ADMIN, Role.Names.EDITOR, Role.Names.AUTHOR})
public class ReleaseEditing {

    /** Why a publication time is refused; nothing of the page is saved with it (the whole change is refused). */
    private static final String OUT_OF_RANGE = "Give a time between 1 January 1990 and five years from now. Nothing was saved.";

    /** Releases per page of the staff list. */
    public static final int LIST_PAGE = 25;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private ImageService images;

    @Inject
    private Event<ReleaseRemoved> removals;

    @Inject
    private Event<RemovedFromRichText> sanitiserRemovals;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    public PressRelease create(Create command) {
        Placement placement = command.placement();
        String slug = addressFor(placement.slug(), command.text().title(), Optional.empty());
        Office office = office(placement.office());
        Instant planned = command.planned() == null ? clock.instant() : command.planned().atZone(office.timeZone()).toInstant();
        PressRelease release;
        try {
            release = new PressRelease(slug, office, placement.language(), sanitised(command.text()), caller(), planned);
        } catch (IllegalArgumentException e) {
            throw new ChangeRefusedException("language", "Choose one of the languages offered.");
        }
        em.persist(release);
        return release;
    }

    public PressRelease save(Save command) {
        return onPage(command.edited());
    }

    public PressRelease submit(Submit command) {
        PressRelease release = onPage(command.edited());
        try {
            release.submitForReview();
        } catch (IllegalArgumentException e) {
            throw new ChangeRefusedException("It is " + release.status().words().toLowerCase() + ": only a draft goes for review.");
        }
        em.persist(new ReleaseNote(release, clock.instant(), caller(), ReleaseNote.Kind.SUBMITTED, null));
        return release;
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.EDITOR})
    public PressRelease sendBack(SendBack command) {
        PressRelease release = onPage(command.edited());
        if (release.status() != ReleaseStatus.IN_REVIEW) {
            throw new ChangeRefusedException("It is not waiting for review: there is nothing to send back.");
        }
        release.withdraw();
        em.persist(new ReleaseNote(release, clock.instant(), caller(), ReleaseNote.Kind.SENT_BACK, command.note()));
        return release;
    }

    public PressRelease note(Note command) {
        PressRelease release = onPage(command.edited());
        em.persist(new ReleaseNote(release, clock.instant(), caller(), ReleaseNote.Kind.NOTE, command.note()));
        return release;
    }

    /** Public at once; a release public already is only saved, and keeps its date. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.EDITOR})
    public PressRelease publish(Publish command) {
        PressRelease release = onPage(command.edited());
        Instant now = clock.instant();
        if (!release.isPublicAt(now)) {
            release.publishAt(now, now);
            becamePublic(release, ReleaseNote.Kind.PUBLISHED);
        }
        return release;
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.EDITOR})
    public PressRelease schedule(Schedule command) {
        PressRelease release = onPage(command.edited());
        Instant now = clock.instant();
        Instant at = command.localTime().atZone(release.office().timeZone()).toInstant();
        Office office = release.office();
        if (!PressRelease.isPublicationTimeAllowed(at, now)) {
            throw new ChangeRefusedException("localTime", OUT_OF_RANGE);
        }
        if (!command.confirmed() && release.isPublicAt(now) && !at.equals(release.publishedAt().toInstant())) {
            throw new ConfirmationNeededException("It has been public since " + ReleaseDates.inWords(release) + ". Date it "
                    + office.timeInWords(at) + " instead? It moves to that place in every list, on the site, in the feeds"
                    + " and in the apps.", "Yes, change the publication date");
        }
        if (!command.confirmed() && !release.isPublicAt(now) && at.isBefore(now)) {
            throw new ConfirmationNeededException(office.timeInWords(at) + " has passed. Publish it now, dated back to then?"
                    + " It goes public at once, listed below the releases published since.", "Yes, publish it dated back");
        }
        boolean wasPublic = release.isPublicAt(now);
        release.publishAt(at, now);
        if (!wasPublic) {
            becamePublic(release, release.status() == ReleaseStatus.SCHEDULED ? ReleaseNote.Kind.SCHEDULED : ReleaseNote.Kind.PUBLISHED);
        }
        return release;
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.EDITOR})
    public PressRelease unpublish(Unpublish command) {
        PressRelease release = onPage(command.edited());
        leaveTombstoneIfPublic(release);
        release.withdraw();
        return release;
    }

    public PressRelease illustrate(Illustrate command) {
        PressRelease release = onPage(command.edited());
        release.illustrate(images.store(command.image(), command.alt().strip()), release.imageCredit().orElse(null));
        return release;
    }

    public PressRelease removeImage(RemoveImage command) {
        PressRelease release = onPage(command.edited());
        release.removeImage();
        return release;
    }

    public PressRelease restore(Restore command) {
        PressRelease release = onPage(command.edited());
        ReleaseRevision earlier = revision(release, command.number())
                .filter(revision -> revision.language().isEmpty())
                .orElseThrow(() -> new ChangeRefusedException("There is no revision " + command.number() + " of its text."));
        if (!release.text().equals(earlier.text())) {
            keepRevision(release);
            release.write(earlier.text());
        }
        return release;
    }

    public PressRelease translate(Translate command) {
        PressRelease release = writable(command.slug(), command.version());
        Translation translation = new Translation(sanitised(command.text()));
        Optional<Translation> replaced = release.translation(command.language());
        if (replaced.isPresent() && TranslationText.of(replaced.get()).equals(TranslationText.of(translation))) {
            return release;
        }
        replaced.ifPresent(text -> keepRevision(release, command.language(), text));
        try {
            release.translate(command.language(), translation);
        } catch (IllegalArgumentException e) {
            throw new ChangeRefusedException("language", "Choose a language other than the release's own.");
        }
        return release;
    }

    public PressRelease removeTranslation(RemoveTranslation command) {
        PressRelease release = writable(command.slug(), command.version());
        Translation removed = release.translation(command.language())
                .orElseThrow(() -> new ChangeRefusedException("It has no translation into '" + command.language() + "'."));
        keepRevision(release, command.language(), removed);
        release.removeTranslation(command.language());
        return release;
    }

    public PressRelease restoreTranslation(RestoreTranslation command) {
        PressRelease release = writable(command.slug(), command.version());
        ReleaseRevision earlier = revision(release, command.number()).filter(revision -> revision.language().isPresent())
                .orElseThrow(() -> new ChangeRefusedException("There is no translation kept as revision " + command.number() + "."));
        String language = earlier.language().orElseThrow();
        release.translation(language).ifPresent(current -> keepRevision(release, language, current));
        release.translate(language, new Translation(earlier.translationText()));
        return release;
    }

    /** Gives the title of the release deleted. */
    public String delete(Delete command) {
        PressRelease release = writable(command.slug(), command.version());
        if (isAuthorOnly() && release.status() != ReleaseStatus.DRAFT) {
            throw new ChangeRefusedException("Only an editor deletes a release that is no longer a draft.");
        }
        leaveTombstoneIfPublic(release);
        removals.fire(new ReleaseRemoved(release));
        em.remove(release);
        return release.title();
    }

    /** Any release, whatever its status. */
    public Optional<PressRelease> find(String slug) {
        return em.createQuery("SELECT r FROM PressRelease r WHERE r.slug = :slug", PressRelease.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }

    /** Every earlier text of the release and of its translations, latest first. */
    public List<ReleaseRevision> revisions(String slug) {
        return em.createQuery("SELECT v FROM ReleaseRevision v WHERE v.release.slug = :slug ORDER BY v.number DESC",
                        ReleaseRevision.class)
                .setParameter("slug", slug)
                .getResultList();
    }

    /** The steps of the release's review, in the order they came. */
    public List<ReleaseNote> notes(String slug) {
        return em.createQuery("SELECT n FROM ReleaseNote n WHERE n.release.slug = :slug ORDER BY n.writtenAt, n.id",
                        ReleaseNote.class)
                .setParameter("slug", slug)
                .getResultList();
    }

    /** What others wrote or did on an author's releases, latest first: the notices of their home page. */
    public List<ReleaseNote> noticesFor(String author, int most) {
        return em.createQuery("SELECT n FROM ReleaseNote n WHERE n.release.author = :author AND n.writtenBy <> :author"
                        + " ORDER BY n.writtenAt DESC, n.id DESC", ReleaseNote.class)
                .setParameter("author", author)
                .setMaxResults(most)
                .getResultList();
    }

    /** A page of the releases of any status that pass the filter, in its order, and how many pass it in all. */
    public StaffReleasePage search(StaffReleaseFilter filter, int page) {
        StringBuilder where = new StringBuilder(" FROM PressRelease r WHERE 1 = 1");
        filter.status().ifPresent(s -> where.append(" AND r.status = :status"));
        filter.office().ifPresent(o -> where.append(" AND r.office.id = :office"));
        filter.author().ifPresent(a -> where.append(" AND r.author = :author"));
        filter.year().ifPresent(y -> where.append(" AND r.publishedOn BETWEEN :firstDay AND :lastDay"));
        filter.text().ifPresent(t -> where.append(" AND (LOWER(r.title) LIKE :text").append(LikePatterns.ESCAPE)
                .append(" OR LOWER(r.summary) LIKE :text").append(LikePatterns.ESCAPE)
                .append(" OR LOWER(r.slug) LIKE :text").append(LikePatterns.ESCAPE).append(")"));
        TypedQuery<PressRelease> rows = filtered(em.createQuery("SELECT r" + where + filter.sort().orderBy(), PressRelease.class), filter);
        TypedQuery<Long> count = filtered(em.createQuery("SELECT COUNT(r)" + where, Long.class), filter);
        int first = Math.max(0, page - 1) * LIST_PAGE;
        return new StaffReleasePage(rows.setFirstResult(first).setMaxResults(LIST_PAGE).getResultList(),
                count.getSingleResult(), Math.max(1, page), LIST_PAGE);
    }

    private static <T> TypedQuery<T> filtered(TypedQuery<T> query, StaffReleaseFilter filter) {
        filter.status().ifPresent(s -> query.setParameter("status", s));
        filter.office().ifPresent(o -> query.setParameter("office", o));
        filter.author().ifPresent(a -> query.setParameter("author", a));
        filter.year().ifPresent(y -> query.setParameter("firstDay", LocalDate.of(y, 1, 1)).setParameter("lastDay", LocalDate.of(y, 12, 31)));
        filter.text().ifPresent(t -> query.setParameter("text", LikePatterns.containing(t)));
        return query;
    }

    /** The office of the release this staff member last wrote or edited: where their next one most likely belongs. */
    public Optional<String> lastOfficeOf(String username) {
        return em.createQuery("SELECT r.office.id FROM PressRelease r WHERE r.author = :author ORDER BY r.updatedAt DESC",
                        String.class)
                .setParameter("author", username)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** The authors who wrote releases, for the list's filter. */
    public List<String> authors() {
        return em.createQuery("SELECT DISTINCT r.author FROM PressRelease r WHERE r.author IS NOT NULL ORDER BY r.author",
                String.class).getResultList();
    }

    /**
     * The release as the page showed it, its text (and, for a draft, its place) as the page holds them: a text that
     * differs from the stored one replaces it, which is kept as a revision.
     */
    private PressRelease onPage(Edited edited) {
        PressRelease release = writable(edited.slug(), edited.version());
        ReleaseText text = sanitised(edited.text());
        if (!release.text().equals(text)) {
            keepRevision(release);
            release.write(text);
        }
        if (edited.placement() != null) {
            place(release, edited.placement());
        }
        return release;
    }

    private void place(PressRelease release, Placement placement) {
        String slug = placement.slug() == null || placement.slug().isBlank() ? release.slug() : placement.slug().strip();
        if (!slug.equals(release.slug())) {
            slug = addressFor(slug, release.title(), Optional.of(release));
            if (release.wasEverPublic()) {
                em.persist(new FormerSlug(release.slug(), release));
            }
        }
        try {
            release.settle(slug, office(placement.office()), placement.language());
        } catch (IllegalArgumentException e) {
            throw new ChangeRefusedException("language", "The office and the language change while it is a draft only,"
                    + " to a language it has no translation into.");
        }
    }

    /** The address asked for, or one made from the title; refused when another release has or had it. */
    private String addressFor(String asked, String title, Optional<PressRelease> release) {
        boolean proposed = asked == null || asked.isBlank();
        String slug = proposed ? Slugs.proposeFrom(title, PressRelease.SLUG_LENGTH) : asked.strip();
        if (!Slugs.isSlug(slug)) {
            throw new ChangeRefusedException("slug", proposed ? "The title has no letter to make an address of: give one."
                    : "An address is lower-case words joined by hyphens, e.g. skills-passport-piloted.");
        }
        if (find(slug).filter(other -> release.map(own -> !own.id().equals(other.id())).orElse(true)).isPresent()
                || Optional.ofNullable(em.find(FormerSlug.class, slug))
                .filter(former -> release.map(own -> !own.id().equals(former.release().id())).orElse(true)).isPresent()) {
            throw new ChangeRefusedException("slug", "Another release has the address '" + slug + "': choose another one.");
        }
        release.flatMap(own -> Optional.ofNullable(em.find(FormerSlug.class, slug))).ifPresent(em::remove);
        return slug;
    }

    private Office office(String id) {
        return Optional.ofNullable(em.find(Office.class, id))
                .orElseThrow(() -> new ChangeRefusedException("office", "Choose one of the offices offered."));
    }

    /** The release as the staff member last saw it, if they may change it. */
    private PressRelease writable(String slug, long version) {
        PressRelease release = find(slug)
                .orElseThrow(() -> new ChangeRefusedException("Someone else deleted this release meanwhile: nothing was saved."));
        EditConflictException.unlessChanged(release, release.version(), version);
        if (isAuthorOnly() && (!release.author().filter(caller()::equals).isPresent() || release.status() != ReleaseStatus.DRAFT)) {
            throw new ChangeRefusedException("As an author you change your own drafts only: this one is "
                    + release.status().words().toLowerCase() + (release.author().map(a -> ", by " + a).orElse("")) + ".");
        }
        return release;
    }

    private boolean isAuthorOnly() {
        return !session.isCallerInRole(Role.Names.EDITOR) && !session.isCallerInRole(Role.Names.ADMIN);
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    private ReleaseText sanitised(ReleaseText text) {
        return new ReleaseText(text.title(), text.summary(), sanitisedBody(text.body()), text.imageCredit());
    }

    private TranslationText sanitised(TranslationText text) {
        return new TranslationText(text.title(), text.summary(), sanitisedBody(text.body()));
    }

    /** The body as it is kept; what the sanitiser removed from it is announced, for the page to say so. */
    private String sanitisedBody(String body) {
        if (body == null) {
            return null;
        }
        RichText.Cleaned cleaned = RichText.clean(body);
        if (!cleaned.removals().isEmpty()) {
            sanitiserRemovals.fire(new RemovedFromRichText("text.body", cleaned.removals()));
        }
        return cleaned.html();
    }

    private void becamePublic(PressRelease release, ReleaseNote.Kind kind) {
        Optional.ofNullable(em.find(ReleaseTombstone.class, release.id())).ifPresent(em::remove);
        if (release.author().filter(author -> !author.equals(caller())).isPresent()) {
            em.persist(new ReleaseNote(release, clock.instant(), caller(), kind, null));
        }
    }

    private Optional<ReleaseRevision> revision(PressRelease release, int number) {
        return em.createQuery("SELECT v FROM ReleaseRevision v WHERE v.release = :release AND v.number = :number",
                        ReleaseRevision.class)
                .setParameter("release", release)
                .setParameter("number", number)
                .getResultStream()
                .findFirst();
    }

    private void keepRevision(PressRelease release) {
        em.persist(new ReleaseRevision(release, nextRevision(release), caller(), clock.instant()));
    }

    private void keepRevision(PressRelease release, String language, Translation text) {
        em.persist(new ReleaseRevision(release, nextRevision(release), caller(), clock.instant(), language, text));
    }

    private int nextRevision(PressRelease release) {
        Integer last = em.createQuery("SELECT MAX(v.number) FROM ReleaseRevision v WHERE v.release = :release", Integer.class)
                .setParameter("release", release)
                .getSingleResult();
        return last == null ? 1 : last + 1;
    }

    private void leaveTombstoneIfPublic(PressRelease release) {
        Instant now = clock.instant();
        if (release.isPublicAt(now)) {
            em.merge(new ReleaseTombstone(release, now));
        }
    }
}
