package org.countryofficeportal.release.staff;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import org.countryofficeportal.image.ImageService;
import org.countryofficeportal.office.Office;
import org.countryofficeportal.office.OfficeService;
import org.countryofficeportal.platform.ConfirmationNeededException;
import org.countryofficeportal.release.PressRelease;
import org.countryofficeportal.release.ReleaseCommands;
import org.countryofficeportal.release.ReleaseDates;
import org.countryofficeportal.release.ReleaseEditing;
import org.countryofficeportal.release.ReleaseNote;
import org.countryofficeportal.release.ReleaseRevision;
import org.countryofficeportal.release.ReleaseStatus;
import org.countryofficeportal.release.ReleaseText;
import org.countryofficeportal.release.Translation;
import org.countryofficeportal.site.Language;
import org.countryofficeportal.staff.ConflictField;
import org.countryofficeportal.staff.FormTokens;
import org.countryofficeportal.staff.StaffMessages;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The page of one press release (or of a new one): one form for its text, its place, its image and its
 * publication. Every button on it saves what was typed first, in the same change as what the button does, and
 * sends the staff member back to the page (so that a reload repeats nothing). The page keeps nothing between
 * requests: the release's address and the version it was opened at travel in the form.
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
    private List<ReleaseRevision> revisions;

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
            attempt(() -> editing.create(new ReleaseCommands.Create(form.placement(), form.text(), null, tokens.submission())),
                    created -> "Draft created. It is not public: " + (isEditor() ? "publish it" : "send it for review") + " when it is ready.");
            return;
        }
        attempt(() -> editing.save(new ReleaseCommands.Save(edited(), tokens.submission())),
                saved -> saved.isPublicAt(clock.instant()) ? "Updated: the public page shows this text now, with its date"
                        + " unchanged." : "Saved. The previous text is kept as a revision.");
    }

    public void submit() {
        attempt(() -> editing.submit(new ReleaseCommands.Submit(edited(), tokens.submission())),
                submitted -> "Saved and sent for review: an editor will publish it or send it back to you.");
    }

    public void sendBack() {
        attempt(() -> editing.sendBack(new ReleaseCommands.SendBack(edited(), form.getNote(), tokens.submission())),
                sent -> "Sent back to its author with your note: it is a draft again.");
    }

    public void addNote() {
        attempt(() -> editing.note(new ReleaseCommands.Note(edited(), form.getNote(), tokens.submission())),
                noted -> "Saved, with your note.");
    }

    public void publish() {
        attempt(() -> editing.publish(new ReleaseCommands.Publish(edited(), tokens.submission())),
                published -> "Published: the release is public now, dated " + ReleaseDates.inWords(published) + ".");
    }

    public void schedule() {
        attempt(() -> editing.schedule(new ReleaseCommands.Schedule(edited(), form.getLocalTime(), form.isConfirmed(),
                        tokens.submission())),
                scheduled -> scheduled.status() == ReleaseStatus.SCHEDULED
                        ? "Scheduled: it goes public by itself on " + ReleaseDates.inWords(scheduled) + "."
                        : "Published, dated " + ReleaseDates.inWords(scheduled) + ".");
    }

    /** The staff member said yes to the question the last change asked. */
    public void scheduleConfirmed() {
        form.setConfirmed(true);
        schedule();
    }

    public void unpublish() {
        attempt(() -> editing.unpublish(new ReleaseCommands.Unpublish(edited(), tokens.submission())),
                withdrawn -> "Taken off the public site: it is a draft again, and apps drop it at their next sync.");
    }

    public void uploadImage() throws IOException {
        Part file = form.getImage();
        if (file == null || file.getSize() == 0) {
            messages.errorAt(FORM, "image", "Choose an image file (JPEG, PNG or WebP).");
            return;
        }
        if (file.getSize() > ImageService.MAX_BYTES) {
            messages.errorAt(FORM, "image", "The image is larger than 5 MB: choose a smaller one.");
            return;
        }
        byte[] bytes;
        try (InputStream in = file.getInputStream()) {
            bytes = in.readAllBytes();
        }
        attempt(() -> editing.illustrate(new ReleaseCommands.Illustrate(edited(), bytes, form.getAlt(), tokens.submission())),
                illustrated -> "Saved, with the image shown on the release.");
    }

    public void removeImage() {
        attempt(() -> editing.removeImage(new ReleaseCommands.RemoveImage(edited(), tokens.submission())),
                plain -> "Saved, without the image.");
    }

    public void restore(int number) {
        attempt(() -> editing.restore(new ReleaseCommands.Restore(edited(), number, tokens.submission())),
                restored -> "Revision " + number + " is the text now; the text it replaced is kept as a revision.");
    }

    /** Saves the page, then opens the translation into a language (a new one, or one the release has). */
    public void editTranslation(String language) {
        attempt(() -> editing.save(new ReleaseCommands.Save(edited(), tokens.submission())),
                saved -> "Saved.", saved -> TranslationEditor.PAGE + "?slug=" + saved.slug() + "&lang=" + language);
    }

    public void addTranslation() {
        if (form.getTranslation() == null || form.getTranslation().isBlank()) {
            messages.errorAt(FORM, "translation", "Choose the language of the translation.");
            return;
        }
        editTranslation(form.getTranslation());
    }

    /** Saves, then shows the release as the public will see it (marked as a preview). */
    public void preview() {
        attempt(() -> editing.save(new ReleaseCommands.Save(edited(), tokens.submission())),
                saved -> "Saved. This is a preview: the release is shown as readers will see it.",
                saved -> "/admin/preview/" + saved.slug());
    }

    /** Saves, then shows an earlier text beside the one saved. */
    public void compare(int number) {
        attempt(() -> editing.save(new ReleaseCommands.Save(edited(), tokens.submission())),
                saved -> "Saved. Revision " + number + " is shown beside the text now.",
                saved -> PAGE + "?slug=" + saved.slug() + "&compare=" + number + "#compare");
    }

    /** Saves, then asks whether to delete the release. */
    public void askToDelete() {
        attempt(() -> editing.save(new ReleaseCommands.Save(edited(), tokens.submission())),
                saved -> "Saved.", saved -> PAGE + "?slug=" + saved.slug() + "&ask=delete#delete");
    }

    /** Brings back a translation removed a moment ago (the page offers it after the removal). */
    public void restoreTranslation(int number) {
        attempt(() -> editing.restoreTranslation(new ReleaseCommands.RestoreTranslation(form.getSlug(), form.getVersion(),
                number, tokens.submission())), restored -> "Translation restored.");
    }

    /** The revision of a translation removed a moment ago (?removed=n), if the page offers to restore it. */
    public ReleaseRevision getRemovedTranslation() {
        String asked = request.getParameter("removed");
        return release == null || asked == null ? null : editing.revisions(release.slug()).stream()
                .filter(revision -> revision.language().isPresent() && String.valueOf(revision.number()).equals(asked))
                .filter(revision -> !release.isAvailableIn(revision.language().orElseThrow()))
                .findFirst().orElse(null);
    }

    public void delete() {
        attempt(() -> editing.delete(new ReleaseCommands.Delete(form.getSlug(), form.getVersion(), tokens.submission())),
                title -> "Deleted “" + title + "”. Apps that had it drop it at their next sync.", title -> StaffReleasesView.PAGE);
    }

    private ReleaseCommands.Edited edited() {
        return form.edited(isDraft());
    }

    private <R> void attempt(java.util.function.Supplier<R> change, Function<R, String> done) {
        attempt(change, done, result -> editorOf(result));
    }

    /**
     * Makes a change; when it is done, shows its message on the page it leads to. When it is refused, the page is
     * shown again with what was typed, and why: at the fields concerned, as a question to say yes to, or beside the
     * release as someone else saved it meanwhile (the next save then goes over it knowingly).
     */
    private <R> void attempt(java.util.function.Supplier<R> change, Function<R, String> done, Function<R, String> next) {
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
                ConflictField.of("Body", saved.body(), mine.body()),
                ConflictField.of("Image credit", saved.imageCredit(), mine.imageCredit()));
        form.setVersion(stored.version());
        messages.error("This release was saved elsewhere, by a colleague or by you in another tab (" + stored.office().timeInWords(stored.updatedAt().toInstant())
                + ") while you were editing it. Nothing of yours was saved. That text is shown beside yours: keep what"
                + " you want, then press the button again.");
    }

    private String caller() {
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
    public boolean isAsking() {
        return question != null || request.getParameter(FORM + ":confirm") != null;
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

    /** The translations, by language code, in code order. */
    public Map<String, Translation> getTranslations() {
        return release == null ? Map.of() : new TreeMap<>(release.translations());
    }

    /** Languages the release can still be translated into. */
    public List<Language> getTranslationLanguages() {
        return release == null ? List.of() : Arrays.stream(Language.values())
                .filter(language -> !release.isAvailableIn(language.code())).toList();
    }

    public String languageName(String code) {
        return Language.ofCode(code).map(Language::englishName).orElse(code);
    }

    /** Earlier texts of the release's own language, latest first. */
    public List<ReleaseRevision> getRevisions() {
        if (revisions == null) {
            revisions = release == null ? List.of() : editing.revisions(release.slug()).stream()
                    .filter(revision -> revision.language().isEmpty()).toList();
        }
        return revisions;
    }

    /** The revision the address asks to compare (?compare=n), if it is one of them. */
    public ReleaseRevision getCompared() {
        String asked = request.getParameter("compare");
        return asked == null ? null : getRevisions().stream().filter(revision -> String.valueOf(revision.number()).equals(asked))
                .findFirst().orElse(null);
    }

    public List<ReleaseNote> getNotes() {
        return release == null ? List.of() : editing.notes(release.slug());
    }

    public String inWords(java.time.Instant moment) {
        return release == null ? "" : release.office().timeInWords(moment);
    }

    /** Whether the address asks to confirm the deletion (?ask=delete). */
    public boolean isConfirmingDelete() {
        return release != null && "delete".equals(request.getParameter("ask"));
    }
}
