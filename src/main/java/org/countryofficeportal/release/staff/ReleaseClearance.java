package org.countryofficeportal.release.staff;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.countryofficeportal.release.ReleaseCommands;
import org.countryofficeportal.release.ReleaseDates;
import org.countryofficeportal.release.ReleaseEditing;
import org.countryofficeportal.release.ReleaseNote;
import org.countryofficeportal.release.ReleaseStatus;
import org.countryofficeportal.staff.FormTokens;

import java.util.List;

/**
 * The clearance of the release on the page: an author sends it for review, an editor sends it back with a note or
 * publishes it, now or at a time; each step saves what was typed first.
 */
@Named
@RequestScoped
public class ReleaseClearance {

    @EJB
    private ReleaseEditing editing;

    @Inject
    private ReleaseEditor page;

    @Inject
    private FormTokens tokens;

    public void submit() {
        page.change(() -> editing.submit(new ReleaseCommands.Submit(page.edited(), tokens.submission())),
                submitted -> "Saved and sent for review: an editor will publish it or send it back to you.");
    }

    public void sendBack() {
        page.change(() -> editing.sendBack(new ReleaseCommands.SendBack(page.edited(), page.getForm().getNote(), tokens.submission())),
                sent -> "Sent back to its author with your note: it is a draft again.");
    }

    public void addNote() {
        page.change(() -> editing.note(new ReleaseCommands.Note(page.edited(), page.getForm().getNote(), tokens.submission())),
                noted -> "Saved, with your note.");
    }

    public void publish() {
        page.change(() -> editing.publish(new ReleaseCommands.Publish(page.edited(), tokens.submission())),
                published -> "Published: the release is public now, dated " + ReleaseDates.inWords(published) + ".");
    }

    public void schedule() {
        page.change(() -> editing.schedule(new ReleaseCommands.Schedule(page.edited(), page.getForm().getLocalTime(),
                        page.getForm().isConfirmed(), tokens.submission())),
                scheduled -> scheduled.status() == ReleaseStatus.SCHEDULED
                        ? "Scheduled: it goes public by itself on " + ReleaseDates.inWords(scheduled) + "."
                        : "Published, dated " + ReleaseDates.inWords(scheduled) + ".");
    }

    /** The staff member said yes to the question the last change asked. */
    public void scheduleConfirmed() {
        page.getForm().setConfirmed(true);
        schedule();
    }

    public void unpublish() {
        page.change(() -> editing.unpublish(new ReleaseCommands.Unpublish(page.edited(), tokens.submission())),
                withdrawn -> "Taken off the public site: it is a draft again, and apps drop it at their next sync.");
    }

    /** The notes of its review, oldest first. */
    public List<ReleaseNote> getNotes() {
        return page.getRelease() == null ? List.of() : editing.notes(page.getRelease().slug());
    }
}
