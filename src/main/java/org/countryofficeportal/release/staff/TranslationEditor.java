package org.countryofficeportal.release.staff;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.countryofficeportal.platform.RichText;
import org.countryofficeportal.release.PressRelease;
import org.countryofficeportal.release.ReleaseCommands;
import org.countryofficeportal.release.ReleaseEditing;
import org.countryofficeportal.release.ReleaseRevision;
import org.countryofficeportal.release.TranslationText;
import org.countryofficeportal.site.Language;
import org.countryofficeportal.staff.ConflictField;
import org.countryofficeportal.staff.FormTokens;
import org.countryofficeportal.staff.StaffMessages;

import java.util.List;
import java.util.Optional;

/**
 * The page of a release's translation into one language ({@code ?slug=...&lang=ur}): write or correct it, or
 * remove it after saying yes (it is kept as a revision, and the release's page offers to restore it).
 */
@Named
@RequestScoped
public class TranslationEditor {

    static final String PAGE = "/admin/translation.xhtml";
    private static final String FORM = "translation";

    @EJB
    private ReleaseEditing editing;

    @Inject
    private StaffMessages messages;

    @Inject
    private FormTokens tokens;

    @Inject
    private HttpServletRequest request;

    private PressRelease release;
    private Language language;
    private final TranslationForm form = new TranslationForm();
    private List<ConflictField> theirs = List.of();

    @PostConstruct
    void open() {
        release = Optional.ofNullable(request.getParameter("slug")).flatMap(editing::find).orElse(null);
        language = Language.ofCode(request.getParameter("lang")).orElse(null);
    }

    public void load() {
        if (release == null || language == null || language.code().equals(release.language())) {
            messages.error("There is no such release, or no such language to translate it into.");
            return;
        }
        form.show(release, release.translation(language.code()).map(TranslationText::of));
    }

    public void save() {
        messages.send(FORM, () -> editing.translate(new ReleaseCommands.Translate(form.getSlug(), form.getVersion(),
                        language.code(), form.text(), tokens.submission())))
                .ifConflict(this::showTheirs)
                .thenShow(saved -> language.englishName() + " translation saved.", ReleaseEditor.PAGE + "?slug=" + form.getSlug());
    }

    /** Removes the translation; the release's page then offers to bring it back. */
    public void remove() {
        String editor = ReleaseEditor.PAGE + "?slug=" + form.getSlug();
        messages.send(FORM, () -> editing.removeTranslation(new ReleaseCommands.RemoveTranslation(form.getSlug(),
                        form.getVersion(), language.code(), tokens.submission())))
                .ifConflict(this::showTheirs)
                .thenShow(after -> language.englishName() + " translation removed.",
                        after -> editor + "&removed=" + keptRevisionOf(after), editor);
    }

    /** The revision that keeps the translation just removed, which the release's page offers to restore. */
    private int keptRevisionOf(PressRelease after) {
        return editing.revisions(after.slug()).stream()
                .filter(revision -> revision.language().filter(language.code()::equals).isPresent())
                .mapToInt(ReleaseRevision::number).max().orElseThrow();
    }

    private void showTheirs() {
        editing.find(form.getSlug()).ifPresent(this::showTheirs);
    }

    private void showTheirs(PressRelease stored) {
        release = stored;
        form.setVersion(stored.version());
        Optional<TranslationText> saved = stored.translation(language.code()).map(TranslationText::of);
        TranslationText mine = form.text();
        theirs = List.of(ConflictField.of("Title", saved.map(TranslationText::title).orElse(null), mine.title()),
                ConflictField.of("Summary", saved.map(TranslationText::summary).orElse(null), mine.summary()),
                ConflictField.ofRichText("Body", saved.map(TranslationText::body).orElse(null), mine.body()));
        messages.error("This release was changed elsewhere, by a colleague or by you in another tab, while you were editing the translation. Nothing of yours"
                + " was saved. What is stored now is shown beside your text: keep what you want, then save again.");
    }

    public boolean isConfirmingRemoval() {
        return "remove".equals(request.getParameter("ask"));
    }

    public boolean isExisting() {
        return release != null && language != null && release.translation(language.code()).isPresent();
    }

    public PressRelease getRelease() {
        return release;
    }

    /** The release's own body, to translate from: sanitised, as the public page shows it. */
    public String getOriginalBody() {
        return release.body().map(RichText::sanitise).orElse("");
    }

    public Language getLanguage() {
        return language;
    }

    public List<ConflictField> getTheirs() {
        return theirs;
    }

    public TranslationForm getForm() {
        return form;
    }
}
