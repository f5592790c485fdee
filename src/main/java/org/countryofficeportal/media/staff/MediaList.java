package org.countryofficeportal.media.staff;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.countryofficeportal.media.MediaCommands;
import org.countryofficeportal.media.MediaCoverage;
import org.countryofficeportal.media.MediaCoverageService;
import org.countryofficeportal.staff.FormTokens;
import org.countryofficeportal.staff.StaffMessages;

import java.util.List;

/** The staff list of media items, and those deleted lately, to restore. */
@Named
@RequestScoped
public class MediaList {

    static final String PAGE = "/admin/media.xhtml";

    @EJB
    private MediaCoverageService coverage;

    @Inject
    private StaffMessages messages;

    @Inject
    private FormTokens tokens;

    public List<MediaCoverage> getItems() {
        return coverage.latestFirst();
    }

    public List<MediaCoverage> getDeleted() {
        return coverage.deleted();
    }

    public String published(MediaCoverage item) {
        return item.office().timeInWords(item.published().toInstant());
    }

    public void restore(String slug) {
        messages.send("deleted", () -> coverage.restore(new MediaCommands.Restore(slug, tokens.submission())))
                .thenShow(restored -> "Media item “" + restored.title() + "” restored.", PAGE);
    }
}
