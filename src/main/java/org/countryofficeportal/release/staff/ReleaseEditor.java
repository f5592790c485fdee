package org.countryofficeportal.release.staff;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.countryofficeportal.office.Office;
import org.countryofficeportal.office.OfficeService;
import org.countryofficeportal.platform.ConfirmationNeededException;
import org.countryofficeportal.release.PressRelease;
import org.countryofficeportal.release.ReleaseCommands;
import org.countryofficeportal.release.ReleaseDates;
import org.countryofficeportal.release.ReleaseEditing;
import org.countryofficeportal.release.ReleaseStatus;
import org.countryofficeportal.release.ReleaseText;
import org.countryofficeportal.site.Language;
import org.countryofficeportal.staff.ConflictField;
import org.countryofficeportal.staff.FormTokens;
import org.countryofficeportal.staff.StaffMessages;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The page of one press release (or of a new one): one form for its text, its place, its image and its
 * publication. Every button on it saves what was typed first, in the same change as what the button does, and
 * sends the staff member back to the page (so that a reload repeats nothing). The page keeps nothing between
 * requests: the release's address and the version it was opened at travel in the form.
 * <p>
 * This bean holds the page's release, form and outcome (a question, someone else's text) and its text's buttons;
 * the beans around it take the rest of the page's buttons through {@link #change}: {@link ReleaseClearance} (review
 * and publication), {@link ReleaseIllustration} (the image), {@link ReleaseTranslations} and {@link ReleaseHistory}
 * (revisions and their restoring).
 */
@Named
@RequestScoped
public class ReleaseEditor {

    static final String FORM = "release";
    static final String PAGE = "/admin/release.xhtml";

    @EJB
    private ReleaseEditing editing;

    @EJB
    private OfficeService offices;

    @Inject
    private StaffMessages messages;

    @Inject
    private FormTokens tokens;

    @Inject
    private HttpServletRequest request;

    @Inject
    private Clock clock;

    private final ReleaseForm form = new ReleaseForm();
    /** The release as stored, when the page is about one. */
    private PressRelease release;
    private List<ConflictField> theirs = List.of();
    private ConfirmationNeededException question;

    @PostConstruct
    void open() {
        Optional.ofNullable(request.getParameter("slug")).filter(slug -> !slug.isBlank())
                .flatMap(editing::find).ifPresent(found -> release = found);
    }

    /** On the page's first showing: the form holds the release as stored, or a new release's starting place. */
    public void load() {
        String asked = request.getParameter("slug");
        if (release != null) {
            form.show(release);
        } else if (asked != null && !asked.isBlank()) {
            messages.error("There is no release '" + asked + "': it may have been deleted. Start a new one below.");
            form.startIn(editing.lastOfficeOf(caller()).orElse(null), Language.ENGLISH.code());
        } else {
            form.startIn(editing.lastOfficeOf(caller()).orElse(null), Language.ENGLISH.code());
        }
    }

    /** Creates the release on a new page; saves it on the page of one. */
    public void save() {
        if (release == null) {
            change(() -> editing.create(new ReleaseCommands.Create(form.placement(), form.text(), null, tokens.submission())),
                    created -> "Draft created. It is not public: " + (isEditor() ? "publish it" : "send it for review") + " when it is ready.");
            return;
        }
        change(() -> editing.save(new ReleaseCommands.Save(edited(), tokens.submission())),
                saved -> saved.isPublicAt(clock.instant()) ? "Updated: the public page shows this text now, with its date"
                        + " unchanged." : "Saved. The previous text is kept as a revision.");
    }

    /** Saves, then shows the release as the public will see it (marked as a preview). */
    public void preview() {
        saveThenShow("Saved. This is a preview: the release is shown as readers will see it.", saved -> "/admin/preview/" + saved.slug());
    }

    /** Saves, then asks whether to delete the release. */
    public void askToDelete() {
        saveThenShow("What was typed is saved.", saved -> PAGE + "?slug=" + saved.slug() + "&ask=delete#delete");
    }

    /** Saves what was typed, then shows the page {@code next} leads to: every button that leaves the page does. */
    void saveThenShow(String message, Function<PressRelease, String> next) {
        change(() -> editing.save(new ReleaseCommands.Save(edited(), tokens.submission())), saved -> message, next);
    }

    public void delete() {
        change(() -> editing.delete(new ReleaseCommands.Delete(form.getSlug(), form.getVersion(), tokens.submission())),
                title -> "Deleted “" + title + "”. Apps that had it drop it at their next sync.", title -> StaffReleasesView.PAGE);
    }

    /** What the form holds of the release as the staff member edited it: every command on this page carries it. */
    ReleaseCommands.Edited edited() {
        return form.edited(isDraft());
    }

    /** Makes a change, then shows its message on this page (or the list, once the release is gone). */
    <R> void change(Supplier<R> change, Function<R, String> done) {
        change(change, done, result -> editorOf(result));
    }

    /**
     * Makes a change; when it is done, shows its message on the page it leads to. When it is refused, the page is
     * shown again with what was typed, and why: at the fields concerned, as a question to say yes to, or beside the
     * release as someone else saved it meanwhile (the next save then goes over it knowingly).
     */
    <R> void change(Supplier<R> change, Function<R, String> done, Function<R, String> next) {
        messages.send(FORM, change)
                .ifAsked(needsYes -> question = needsYes)
                .ifConflict(() -> editing.find(form.getSlug()).ifPresent(this::showTheirs))
                .thenShow(done, next, form.getSlug() == null ? StaffReleasesView.PAGE : PAGE + "?slug=" + form.getSlug());
    }

    private String editorOf(Object result) {
        return result instanceof PressRelease saved ? PAGE + "?slug=" + saved.slug() : StaffReleasesView.PAGE;
    }

    private void showTheirs(PressRelease stored) {
        release = stored;
        ReleaseText mine = form.text();
        ReleaseText saved = stored.text();
        theirs = List.of(ConflictField.of("Title", saved.title(), mine.title()),
                ConflictField.of("Summary", saved.summary(), mine.summary()),
                ConflictField.ofRichText("Body", saved.body(), mine.body()),
                ConflictField.of("Image credit", saved.imageCredit(), mine.imageCredit()));
        form.setVersion(stored.version());
        messages.error("This release was saved elsewhere, by a colleague or by you in another tab (" + stored.office().timeInWords(stored.updatedAt().toInstant())
                + ") while you were editing it. Nothing of yours was saved. That text is shown beside yours: keep what"
                + " you want, then press the button again.");
    }

    String caller() {
        return request.getUserPrincipal().getName();
    }

    public ReleaseForm getForm() {
        return form;
    }

    public PressRelease getRelease() {
        return release;
    }

    public boolean isExisting() {
        return release != null;
    }

    public boolean isDraft() {
        return release != null && (release.status() == ReleaseStatus.DRAFT || release.status() == ReleaseStatus.IN_REVIEW);
    }

    public boolean isPublicNow() {
        return release != null && release.isPublicAt(clock.instant());
    }

    public boolean isEditor() {
        return request.isUserInRole("EDITOR") || request.isUserInRole("ADMIN");
    }

    /** Whether the signed-in staff member may change the release: editors always, authors their own drafts. */
    public boolean isWritable() {
        return release == null || isEditor()
                || release.status() == ReleaseStatus.DRAFT && release.author().filter(caller()::equals).isPresent();
    }

    /** The status and publication of the release, in words. */
    public String getStanding() {
        if (release == null) {
            return "";
        }
        String when = ReleaseDates.inWords(release);
        return switch (release.status()) {
            case DRAFT -> "Draft: not public.";
            case IN_REVIEW -> "Waiting for review: not public until an editor publishes it.";
            case SCHEDULED -> release.isPublicAt(clock.instant()) ? "Published " + when + "." : "Scheduled: public from " + when + ".";
            case PUBLISHED -> "Published " + when + ".";
        };
    }

    /** Whether the release has ever been public: its address is then known, and changing it leaves a redirect. */
    public boolean isAddressKnown() {
        return release != null && release.wasEverPublic();
    }

    public List<ConflictField> getTheirs() {
        return theirs;
    }

    /**
     * Whether the page shows the question the last change asked, with its answer's button: also on the post that
     * answers it, or the page built for that post would not have the button to take the click.
     */
    /**
     * Whether the page asks a question: so while it is asked, and while its answer is taken (the answer's button must be
     * there to be pressed); once answered, no longer, unless the answer brought another question.
     */
    public boolean isAsking() {
        return question != null || request.getParameter(FORM + ":confirm") != null
                && FacesContext.getCurrentInstance().getCurrentPhaseId() != PhaseId.RENDER_RESPONSE;
    }

    public ConfirmationNeededException getQuestion() {
        return question;
    }

    public List<Office> getOffices() {
        return offices.all();
    }

    public List<Language> getLanguages() {
        return Arrays.asList(Language.values());
    }

    public String inWords(java.time.Instant moment) {
        return release == null ? "" : release.office().timeInWords(moment);
    }

    /** Whether the address asks to confirm the deletion (?ask=delete). */
    public boolean isConfirmingDelete() {
        return release != null && "delete".equals(request.getParameter("ask"));
    }
}
