package org.countryofficeportal.release.staff;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.countryofficeportal.image.ImageService;
import org.countryofficeportal.release.ReleaseCommands;
import org.countryofficeportal.release.ReleaseEditing;
import org.countryofficeportal.staff.FormTokens;
import org.countryofficeportal.staff.StaffMessages;

import java.io.IOException;
import java.io.InputStream;

/** The image of the release on the page: uploaded with its alt text, or removed; each saves what was typed first. */
@Named
@RequestScoped
public class ReleaseIllustration {

    @EJB
    private ReleaseEditing editing;

    @Inject
    private ReleaseEditor page;

    @Inject
    private FormTokens tokens;

    @Inject
    private StaffMessages messages;

    public void uploadImage() throws IOException {
        Part file = page.getForm().getImage();
        if (file == null || file.getSize() == 0) {
            messages.errorAt(ReleaseEditor.FORM, "image", "Choose an image file (JPEG, PNG or WebP).");
            return;
        }
        if (file.getSize() > ImageService.MAX_BYTES) {
            messages.errorAt(ReleaseEditor.FORM, "image", "The image is larger than 5 MB: choose a smaller one.");
            return;
        }
        byte[] bytes;
        try (InputStream in = file.getInputStream()) {
            bytes = in.readAllBytes();
        }
        page.change(() -> editing.illustrate(new ReleaseCommands.Illustrate(page.edited(), bytes, page.getForm().getAlt(),
                        tokens.submission())),
                illustrated -> "Saved, with the image shown on the release.");
    }

    public void removeImage() {
        page.change(() -> editing.removeImage(new ReleaseCommands.RemoveImage(page.edited(), tokens.submission())),
                plain -> "Saved, without the image.");
    }
}
