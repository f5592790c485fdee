package org.countryofficeportal;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Application;
import org.countryofficeportal.office.Office;
import org.countryofficeportal.office.OfficeService;
import org.countryofficeportal.release.PressRelease;
import org.countryofficeportal.release.ReleaseEditing;
import org.countryofficeportal.release.ReleaseText;
import org.countryofficeportal.release.Translation;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Set;

/**
 * Test-only writes for the HTTP and browser tests, deployed with the test archive and never shipped: quicker set-up
 * than the back office's screens, which have tests of their own.
 */
@ApplicationPath("test-fixtures")
public class TestFixtures extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(Writes.class);
    }

    @Path("")
    @RequestScoped
    public static class Writes {

        @EJB
        private OfficeService offices;

        @EJB
        private ReleaseEditing releases;

        @EJB
        private AsAdministrator asAdmin;

        @POST
        @Path("offices")
        public void office(@QueryParam("id") String id) {
            asAdmin.run(() -> offices.add(new Office(id, "Test office " + id, id.toUpperCase(), "Asia/Karachi")));
        }

        /** A release, published at {@code published} (scheduled if still to come), a draft without it. */
        @POST
        @Path("releases")
        public void release(@QueryParam("office") String office, @QueryParam("slug") String slug,
                            @QueryParam("published") String published, @QueryParam("urduTitle") String urduTitle) {
            PressRelease release = new PressRelease(slug, offices.find(office).orElseThrow(), "en",
                    "Title of " + slug, "Summary of " + slug);
            release.write("Title of " + slug, "Summary of " + slug, "<p>Body of " + slug + "</p>", "© ILO 2024");
            if (urduTitle != null) {
                release.translate("ur", new Translation(urduTitle, "خلاصہ " + slug, "<p>متن</p>"));
            }
            if (published != null) {
                release.publishAt(OffsetDateTime.parse(published), Instant.now());
            }
            asAdmin.run(() -> releases.add(release));
        }

        /** An image {@code width} pixels wide (a colour gradient, three quarters as high) for a release, as JPEG. */
        @POST
        @Path("releases/{slug}/image")
        public void illustrate(@PathParam("slug") String slug, @QueryParam("width") int width) throws IOException {
            BufferedImage picture = new BufferedImage(width, width * 3 / 4, BufferedImage.TYPE_INT_RGB);
            Graphics2D graphics = picture.createGraphics();
            graphics.setPaint(new GradientPaint(0, 0, Color.BLUE, width, width * 3 / 4f, Color.ORANGE));
            graphics.fillRect(0, 0, width, width * 3 / 4);
            graphics.dispose();
            ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
            ImageIO.write(picture, "jpeg", jpeg);
            asAdmin.run(() -> releases.illustrate(slug, releases.find(slug).orElseThrow().version(), jpeg.toByteArray(),
                    "A gradient from blue to orange", "© ILO 2024"));
        }

        @POST
        @Path("releases/{slug}/title")
        public void retitle(@PathParam("slug") String slug, @QueryParam("value") String title) {
            asAdmin.run(() -> {
                PressRelease release = releases.find(slug).orElseThrow();
                releases.save(slug, release.version(), new ReleaseText(title, release.summary(), release.body().orElse(null),
                        release.imageCredit().orElse(null)));
            });
        }

        @POST
        @Path("releases/{slug}/unpublish")
        public void unpublish(@PathParam("slug") String slug) {
            asAdmin.run(() -> releases.unpublish(slug, releases.find(slug).orElseThrow().version()));
        }

        @DELETE
        @Path("releases/{slug}")
        public void delete(@PathParam("slug") String slug) {
            asAdmin.run(() -> releases.delete(slug, releases.find(slug).orElseThrow().version()));
        }
    }
}
