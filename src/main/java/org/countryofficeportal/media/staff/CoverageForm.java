package org.countryofficeportal.media.staff;

import org.countryofficeportal.media.MediaCommands;
import org.countryofficeportal.media.MediaCoverage;
import org.countryofficeportal.office.Office;
import org.countryofficeportal.release.PressRelease;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/** A media item's form: its address and version, and the article as staff record it. */
public class CoverageForm {

    private static final String RELEASES = "/releases/";

    private String slug;
    private long version;
    private String office;
    private String release;
    private String outlet;
    private String dateline;
    private LocalDateTime published;
    private String timeZone;
    private String title;
    private String text;

    /** A new item: about an office, dated in the zone of the office chosen until staff choose another. */
    void startIn(Office office) {
        this.office = office.id();
    }

    void show(MediaCoverage item) {
        slug = item.slug();
        version = item.version();
        office = item.office().id();
        release = item.release().map(PressRelease::slug).orElse(null);
        outlet = item.outlet();
        dateline = item.dateline().orElse(null);
        published = item.published().toLocalDateTime().truncatedTo(ChronoUnit.MINUTES);
        timeZone = item.published().getZone().getId();
        title = item.title();
        text = item.text();
    }

    MediaCommands.Article article() {
        return new MediaCommands.Article(office, releaseSlug(), outlet, dateline, published, timeZone, title, text);
    }

    /** Staff paste the release's link as often as its address: its last part is the address. */
    private String releaseSlug() {
        if (release == null) {
            return null;
        }
        String address = release.strip().replaceFirst("[?#].*$", "").replaceFirst("/+$", "");
        int path = address.lastIndexOf(RELEASES);
        return path < 0 ? address : address.substring(path + RELEASES.length());
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
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

    public LocalDateTime getPublished() {
        return published;
    }

    public void setPublished(LocalDateTime published) {
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
