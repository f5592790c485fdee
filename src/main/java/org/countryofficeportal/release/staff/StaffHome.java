package org.countryofficeportal.release.staff;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.countryofficeportal.release.PressRelease;
import org.countryofficeportal.release.ReleaseDates;
import org.countryofficeportal.release.ReleaseEditing;
import org.countryofficeportal.release.ReleaseNote;
import org.countryofficeportal.release.ReleaseStatus;
import org.countryofficeportal.release.StaffReleaseFilter;
import org.countryofficeportal.release.StaffReleasePage;

import java.time.Clock;
import java.util.List;

/**
 * The back office's home page: the signed-in staff member's drafts, the releases waiting for review, those
 * scheduled and those published lately, each with its count and a link to the whole list, and what others did on
 * their releases.
 */
@Named
@RequestScoped
public class StaffHome {

    /** Releases each list of the home page shows; its link shows them all. */
    private static final int SHOWN = 5;

    @EJB
    private ReleaseEditing editing;

    @Inject
    private HttpServletRequest request;

    @Inject
    private Clock clock;

    private StaffReleasePage drafts;
    private StaffReleasePage inReview;
    private StaffReleasePage scheduled;
    private StaffReleasePage published;

    private String me() {
        return request.getUserPrincipal().getName();
    }

    private boolean isEditor() {
        return request.isUserInRole("EDITOR") || request.isUserInRole("ADMIN");
    }

    public StaffReleasePage getDrafts() {
        if (drafts == null) {
            drafts = first(StaffReleaseFilter.ALL.withStatus(ReleaseStatus.DRAFT).withAuthor(me()));
        }
        return drafts;
    }

    /** Waiting for review: every one for an editor, one's own for an author. */
    public StaffReleasePage getInReview() {
        if (inReview == null) {
            StaffReleaseFilter waiting = StaffReleaseFilter.ALL.withStatus(ReleaseStatus.IN_REVIEW);
            inReview = first(isEditor() ? waiting : waiting.withAuthor(me()));
        }
        return inReview;
    }

    public StaffReleasePage getScheduled() {
        if (scheduled == null) {
            scheduled = first(StaffReleaseFilter.ALL.withStatus(ReleaseStatus.SCHEDULED).sortedBy(StaffReleaseFilter.Sort.OLDEST));
        }
        return scheduled;
    }

    public StaffReleasePage getPublished() {
        if (published == null) {
            published = first(StaffReleaseFilter.ALL.withStatus(ReleaseStatus.PUBLISHED).sortedBy(StaffReleaseFilter.Sort.LATEST));
        }
        return published;
    }

    private StaffReleasePage first(StaffReleaseFilter filter) {
        StaffReleasePage page = editing.search(filter, 1);
        return new StaffReleasePage(page.items().stream().limit(SHOWN).toList(), page.total(), 1, page.size());
    }

    public List<ReleaseNote> getNotices() {
        return editing.noticesFor(me(), SHOWN);
    }

    public String when(PressRelease release) {
        return ReleaseDates.inWords(release);
    }

    public String noted(ReleaseNote note) {
        return note.release().office().timeInWords(note.writtenAt());
    }

    public boolean isPublicNow(PressRelease release) {
        return release.isPublicAt(clock.instant());
    }
}
