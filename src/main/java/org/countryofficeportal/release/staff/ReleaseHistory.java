package org.countryofficeportal.release.staff;

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
import org.countryofficeportal.staff.FormTokens;

import java.util.List;

/**
 * The earlier texts of the release on the page: compared with the text now, restored (the text they replace is kept
 * in turn), and a translation removed a moment ago brought back.
 */
@Named
@RequestScoped
public class ReleaseHistory {

    @EJB
    private ReleaseEditing editing;

    @Inject
    private ReleaseEditor page;

    @Inject
    private FormTokens tokens;

    @Inject
    private HttpServletRequest request;

    private List<ReleaseRevision> revisions;

    public void restore(int number) {
        page.change(() -> editing.restore(new ReleaseCommands.Restore(page.edited(), number, tokens.submission())),
                restored -> "Revision " + number + " is the text now; the text it replaced is kept as a revision.");
    }

    /** Saves, then shows an earlier text beside the one saved. */
    public void compare(int number) {
        page.saveThenShow("Saved. Revision " + number + " is shown beside the text now.",
                saved -> ReleaseEditor.PAGE + "?slug=" + saved.slug() + "&compare=" + number + "#compare");
    }

    /** Brings back a translation removed a moment ago (the page offers it after the removal). */
    public void restoreTranslation(int number) {
        page.change(() -> editing.restoreTranslation(new ReleaseCommands.RestoreTranslation(page.getForm().getSlug(),
                page.getForm().getVersion(), number, tokens.submission())), restored -> "Translation restored.");
    }

    /** The revision of a translation removed a moment ago (?removed=n), if the page offers to restore it. */
    public ReleaseRevision getRemovedTranslation() {
        PressRelease release = page.getRelease();
        String asked = request.getParameter("removed");
        return release == null || asked == null ? null : editing.revisions(release.slug()).stream()
                .filter(revision -> revision.language().isPresent() && String.valueOf(revision.number()).equals(asked))
                .filter(revision -> !release.isAvailableIn(revision.language().orElseThrow()))
                .findFirst().orElse(null);
    }

    /** Earlier texts of the release's own language, latest first. */
    public List<ReleaseRevision> getRevisions() {
        if (revisions == null) {
            revisions = page.getRelease() == null ? List.of() : editing.revisions(page.getRelease().slug()).stream()
                    .filter(revision -> revision.language().isEmpty()).toList();
        }
        return revisions;
    }

    /** A body as it reads, for comparing two texts: sanitised, as the public page shows it. */
    public String shown(String body) {
        return RichText.sanitise(body);
    }

    /** The revision the address asks to compare (?compare=n), if it is one of them. */
    public ReleaseRevision getCompared() {
        String asked = request.getParameter("compare");
        return asked == null ? null : getRevisions().stream().filter(revision -> String.valueOf(revision.number()).equals(asked))
                .findFirst().orElse(null);
    }
}
