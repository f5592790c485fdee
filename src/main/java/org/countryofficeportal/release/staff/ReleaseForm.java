package org.countryofficeportal.release.staff;

import jakarta.servlet.http.Part;
import org.countryofficeportal.release.PressRelease;
import org.countryofficeportal.release.ReleaseCommands;
import org.countryofficeportal.release.ReleaseText;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * The release's page as a form: what it shows of the release and what the staff member types into it, named
 * after the properties of the commands it sends. The release's slug and version travel with it.
 */
public class ReleaseForm extends WrittenText {

    private String slug;
    private long version;
    private String office;
    private String language;
    private String address;
    private String imageCredit;
    private LocalDateTime localTime;
    private boolean confirmed;
    private transient Part image;
    private String alt;
    private String note;
    private String translation;

    /** Fills the form with the release as stored. */
    void show(PressRelease release) {
        slug = release.slug();
        version = release.version();
        office = release.office().id();
        language = release.language();
        address = release.slug();
        write(release.title(), release.summary(), release.body().orElse(null));
        imageCredit = release.imageCredit().orElse(null);
        localTime = release.publishedAt().toLocalDateTime().truncatedTo(ChronoUnit.MINUTES);
        alt = release.image().map(image -> image.altText()).orElse(null);
    }

    void startIn(String startOffice, String startLanguage) {
        office = startOffice;
        language = startLanguage;
    }

    ReleaseText text() {
        return new ReleaseText(getTitle(), getSummary(), getBody(), imageCredit);
    }

    ReleaseCommands.Placement placement() {
        return new ReleaseCommands.Placement(office, language, address);
    }

    /** The page as sent: the release, its text, and its place where the page let the staff member choose it. */
    ReleaseCommands.Edited edited(boolean withPlacement) {
        return new ReleaseCommands.Edited(slug, version, text(), withPlacement ? placement() : null);
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

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getImageCredit() {
        return imageCredit;
    }

    public void setImageCredit(String imageCredit) {
        this.imageCredit = imageCredit;
    }

    public LocalDateTime getLocalTime() {
        return localTime;
    }

    public void setLocalTime(LocalDateTime localTime) {
        this.localTime = localTime;
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public void setConfirmed(boolean confirmed) {
        this.confirmed = confirmed;
    }

    public Part getImage() {
        return image;
    }

    public void setImage(Part image) {
        this.image = image;
    }

    public String getAlt() {
        return alt;
    }

    public void setAlt(String alt) {
        this.alt = alt;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getTranslation() {
        return translation;
    }

    public void setTranslation(String translation) {
        this.translation = translation;
    }
}
