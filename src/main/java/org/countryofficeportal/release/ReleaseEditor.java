package org.countryofficeportal.release;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.NotBlank;
import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.Part;
import org.countryofficeportal.image.Image;
import org.countryofficeportal.image.ImageService;
import org.countryofficeportal.office.Office;
import org.countryofficeportal.office.OfficeService;
import org.countryofficeportal.platform.StaffMessages;
import org.countryofficeportal.site.Language;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The release editing page: a new draft, or an existing release with its workflow (publish, schedule,
 * unpublish, delete), its translations and its revisions. The version the editor started from travels with
 * the page, so that a save never overwrites what someone else saved meanwhile.
 */
@Named("releaseEditor")
@ViewScoped
public class ReleaseEditor implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String PAGE = "/admin/release.xhtml";

    @EJB
    private ReleaseEditing editing;

    @EJB
    private OfficeService offices;

    @Inject
    private StaffMessages messages;

    private String slug;
    private boolean existing;
    private long version;
    private String officeId;
    private String language = "en";
    @NotBlank(message = "Give a title.")
    @Size(max = 300, message = "A title has at most 300 characters.")
    private String title;
    @NotBlank(message = "Give a summary.")
    @Size(max = 2000, message = "A summary has at most 2,000 characters.")
    private String summary;
    @Size(max = 100_000, message = "A body has at most 100,000 characters.")
    private String body;
    @Size(max = 200, message = "An image credit has at most 200 characters.")
    private String imageCredit;
    private ReleaseStatus status;
    private boolean publicNow;
    private Map<String, Translation> translations = Map.of();
    private transient List<ReleaseRevision> revisions;
    private String publicationTime;
    private boolean confirmingDelete;
    private ReleaseText theirs;
    private Integer compared;

    private transient Part imageFile;
    @Size(max = 300, message = "Alt text has at most 300 characters.")
    private String imageAlt;
    private String imagePath;

    private String translationLanguage;
    private String translationTitle;
    private String translationSummary;
    private String translationBody;

    /** Loads the release named in the address, or prepares a new one. */
    public void load() {
        if (slug == null || slug.isBlank()) {
            return;
        }
        Optional<PressRelease> release = editing.find(slug);
        if (release.isEmpty()) {
            messages.error(null, "There is no release '" + slug + "'.");
            slug = null;
            return;
        }
        show(release.get());
    }

    private void show(PressRelease release) {
        existing = true;
        slug = release.slug();
        version = release.version();
        officeId = release.office().id();
        language = release.language();
        title = release.title();
        summary = release.summary();
        body = release.body().orElse(null);
        imageCredit = release.imageCredit().orElse(null);
        status = release.status();
        imagePath = release.image().map(Image::path).orElse(null);
        imageAlt = release.image().map(Image::altText).orElse(imageAlt);
        publicationTime = release.publishedAt().toLocalDateTime().truncatedTo(ChronoUnit.MINUTES).toString();
        publicNow = release.isPublicAt(Instant.now());
        translations = new TreeMap<>(release.translations());
        revisions = null;
    }

    public void save() throws IOException {
        ReleaseText text = new ReleaseText(title, summary, body, imageCredit);
        if (!existing) {
            Optional<Office> office = offices.find(String.valueOf(officeId));
            if (office.isEmpty()) {
                messages.error("release:office", "Choose the office that publishes the release.");
                return;
            }
            if (messages.attempt(() -> "Draft '" + editing.create(slug, office.get(), language, text).slug() + "' created.")) {
                reopen();
            }
            return;
        }
        change(() -> editing.save(slug, version, text), "Saved. The previous text is kept as a revision.");
    }

    public void publishNow() {
        change(() -> editing.publish(slug, version, OffsetDateTime.now()), "Published: the release is public now.");
    }

    /** Publishes at the time in the form, read in the office's time zone: later schedules, earlier backdates. */
    public void schedule() {
        OffsetDateTime at;
        try {
            at = LocalDateTime.parse(publicationTime).atZone(offices.find(officeId).orElseThrow().timeZone()).toOffsetDateTime();
        } catch (DateTimeParseException | NullPointerException e) {
            messages.error("release:publicationTime", "Give the publication date and time, e.g. 2026-12-01T09:30.");
            return;
        }
        change(() -> editing.publish(slug, version, at), at.isAfter(OffsetDateTime.now())
                ? "Scheduled: the release goes public by itself at " + at + "."
                : "Published with the publication time " + at + ".");
    }

    public void unpublish() {
        change(() -> editing.unpublish(slug, version), "Unpublished: the release is a draft again, hidden from the public.");
    }

    public void askToDelete() {
        confirmingDelete = true;
    }

    public void cancelDelete() {
        confirmingDelete = false;
    }

    public void delete() throws IOException {
        try {
            editing.delete(slug, version);
        } catch (EditConflictException e) {
            conflict(e);
            confirmingDelete = false;
            return;
        }
        messages.info("Release '" + slug + "' deleted.");
        messages.redirectTo("/admin/releases.xhtml");
    }

    /** Uploads an image, checked by the image service, and shows it with the release with the credit in the form. */
    public void uploadImage() throws IOException {
        if (imageFile == null || imageFile.getSize() == 0) {
            messages.error("image:file", "Choose an image file (JPEG, PNG or WebP).");
            return;
        }
        if (imageFile.getSize() > ImageService.MAX_BYTES) {
            messages.error("image:file", "The image is larger than 5 MB.");
            return;
        }
        byte[] bytes;
        try (InputStream in = imageFile.getInputStream()) {
            bytes = in.readAllBytes();
        }
        String credit = imageCredit == null || imageCredit.isBlank() ? null : imageCredit.strip();
        change(() -> editing.illustrate(slug, version, bytes, imageAlt, credit), "Image uploaded and shown with the release.");
    }

    public void removeImage() {
        change(() -> editing.removeImage(slug, version), "Image removed from the release.");
    }

    public void editTranslation(String tag) {
        Optional.ofNullable(translations.get(tag)).ifPresent(translation -> {
            translationLanguage = tag;
            translationTitle = translation.title();
            translationSummary = translation.summary();
            translationBody = translation.body().orElse(null);
        });
    }

    public void saveTranslation() {
        change(() -> editing.translate(slug, version, translationLanguage,
                new Translation(translationTitle, translationSummary, translationBody)), "Translation saved.");
    }

    public void removeTranslation(String tag) {
        change(() -> editing.removeTranslation(slug, version, tag), "Translation removed.");
    }

    public void compare(int number) {
        compared = number;
    }

    public void restore() {
        int number = compared;
        change(() -> editing.restore(slug, version, number), "Revision " + number + " restored; the text it replaced is a revision now.");
        compared = null;
    }

    /**
     * Makes a change to the release as the editor last saw it. When someone else saved it meanwhile, nothing is
     * changed: the editor keeps their text and sees the other one beside it, and may save again over it.
     */
    private void change(Supplier<PressRelease> change, String done) {
        try {
            if (messages.attempt(() -> {
                show(change.get());
                return done;
            })) {
                theirs = null;
            }
        } catch (EditConflictException e) {
            conflict(e);
        } catch (ReleaseNotFoundException e) {
            messages.error(null, "Someone else deleted this release meanwhile: nothing was saved.");
        } catch (EJBException e) {
            if (!(e.getCause() instanceof OptimisticLockException) && !(e.getCausedByException() instanceof OptimisticLockException)) {
                throw e;
            }
            editing.find(slug).ifPresent(release -> conflict(new EditConflictException(release)));
        }
    }

    private void conflict(EditConflictException e) {
        theirs = e.current();
        version = e.currentVersion();
        messages.error(null, "Someone else saved this release at " + e.updatedAt() + " while you were editing it. Nothing of"
                + " yours was saved. Their text is shown beside yours: keep what you want, then save again.");
    }

    private void reopen() throws IOException {
        messages.redirectTo(PAGE + "?slug=" + slug);
    }

    /** Read once per shown state of the release, not once per time the page asks. */
    public List<ReleaseRevision> getRevisions() {
        if (revisions == null) {
            revisions = existing ? editing.revisions(slug) : List.of();
        }
        return revisions;
    }

    public ReleaseText getComparedText() {
        return compared == null ? null : getRevisions().stream().filter(revision -> revision.number() == compared)
                .findFirst().map(ReleaseRevision::text).orElse(null);
    }

    public Map<String, Translation> getTranslations() {
        return translations;
    }

    /** Languages a translation can be written in: the site's, other than the release's own. */
    public List<String> getTranslationLanguages() {
        return Arrays.stream(Language.values()).map(Language::code).filter(code -> !code.equals(language)).toList();
    }

    public List<String> getLanguages() {
        return Arrays.stream(Language.values()).map(Language::code).toList();
    }

    public List<Office> getOffices() {
        return offices.all();
    }

    public boolean isPublicNow() {
        return publicNow;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public boolean isExisting() {
        return existing;
    }

    public long getVersion() {
        return version;
    }

    public String getOfficeId() {
        return officeId;
    }

    public void setOfficeId(String officeId) {
        this.officeId = officeId;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getImageCredit() {
        return imageCredit;
    }

    public void setImageCredit(String imageCredit) {
        this.imageCredit = imageCredit;
    }

    public ReleaseStatus getStatus() {
        return status;
    }

    public String getPublicationTime() {
        return publicationTime;
    }

    public void setPublicationTime(String publicationTime) {
        this.publicationTime = publicationTime;
    }

    public boolean isConfirmingDelete() {
        return confirmingDelete;
    }

    public ReleaseText getTheirs() {
        return theirs;
    }

    public Integer getCompared() {
        return compared;
    }

    public Part getImageFile() {
        return imageFile;
    }

    public void setImageFile(Part imageFile) {
        this.imageFile = imageFile;
    }

    public String getImageAlt() {
        return imageAlt;
    }

    public void setImageAlt(String imageAlt) {
        this.imageAlt = imageAlt;
    }

    public String getImagePath() {
        return imagePath;
    }

    public String getTranslationLanguage() {
        return translationLanguage;
    }

    public void setTranslationLanguage(String translationLanguage) {
        this.translationLanguage = translationLanguage;
    }

    public String getTranslationTitle() {
        return translationTitle;
    }

    public void setTranslationTitle(String translationTitle) {
        this.translationTitle = translationTitle;
    }

    public String getTranslationSummary() {
        return translationSummary;
    }

    public void setTranslationSummary(String translationSummary) {
        this.translationSummary = translationSummary;
    }

    public String getTranslationBody() {
        return translationBody;
    }

    public void setTranslationBody(String translationBody) {
        this.translationBody = translationBody;
    }
}
