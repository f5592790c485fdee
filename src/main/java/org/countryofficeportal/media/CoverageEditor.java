package org.countryofficeportal.media;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.NotBlank;
import org.countryofficeportal.office.Office;
import org.countryofficeportal.office.OfficeService;
import org.countryofficeportal.platform.StaffMessages;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/** Staff record an article about an office, or correct one, or delete it. */
@Named("coverageEditor")
@ViewScoped
public class CoverageEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private MediaCoverageService coverage;

    @EJB
    private OfficeService offices;

    @Inject
    private StaffMessages messages;

    private String slug;
    private boolean existing;
    private long version;
    private String office;
    private String release;
    @NotBlank(message = "Give the outlet.")
    @Size(max = 200, message = "An outlet has at most 200 characters.")
    private String outlet;
    private String dateline;
    private String published;
    private String timeZone;
    @NotBlank(message = "Give the title.")
    @Size(max = 300, message = "A title has at most 300 characters.")
    private String title;
    @NotBlank(message = "Give the article's text.")
    private String text;
    private CoverageDetails theirs;

    public void load() {
        if (slug == null || slug.isBlank()) {
            return;
        }
        coverage.find(slug).ifPresentOrElse(this::show, () -> {
            messages.error(null, "There is no coverage '" + slug + "'.");
            slug = null;
        });
    }

    private void show(MediaCoverage item) {
        existing = true;
        slug = item.slug();
        version = item.version();
        CoverageDetails details = CoverageDetails.of(item);
        office = details.office();
        release = details.release();
        outlet = details.outlet();
        dateline = details.dateline();
        published = details.published();
        timeZone = details.timeZone();
        title = details.title();
        text = details.text();
        theirs = null;
    }

    public void save() throws IOException {
        CoverageDetails details = new CoverageDetails(office, release, outlet, dateline, published, timeZone, title, text);
        if (messages.attempt(() -> {
            show(existing ? coverage.update(slug, version, details) : coverage.create(slug, details));
            return "Coverage saved.";
        })) {
            backToList();
        } else if (existing) {
            // Saved meanwhile by someone else: their version beside the editor's, and the next save goes over it knowingly.
            coverage.find(slug).filter(stored -> stored.version() != version).ifPresent(stored -> {
                theirs = CoverageDetails.of(stored);
                version = stored.version();
            });
        }
    }

    public void delete() throws IOException {
        if (messages.attempt(() -> {
            coverage.delete(slug, version);
            return "Coverage deleted.";
        })) {
            backToList();
        }
    }

    private void backToList() throws IOException {
        messages.redirectTo("/admin/media.xhtml");
    }

    public List<MediaCoverage> getAll() {
        return coverage.latestFirst();
    }

    public List<Office> getOffices() {
        return offices.all();
    }

    public CoverageDetails getTheirs() {
        return theirs;
    }

    public boolean isExisting() {
        return existing;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getOffice() {
        return office;
    }

    public void setOffice(String office) {
        this.office = office;
    }

    public String getRelease() {
        return release;
    }

    public void setRelease(String release) {
        this.release = release;
    }

    public String getOutlet() {
        return outlet;
    }

    public void setOutlet(String outlet) {
        this.outlet = outlet;
    }

    public String getDateline() {
        return dateline;
    }

    public void setDateline(String dateline) {
        this.dateline = dateline;
    }

    public String getPublished() {
        return published;
    }

    public void setPublished(String published) {
        this.published = published;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
