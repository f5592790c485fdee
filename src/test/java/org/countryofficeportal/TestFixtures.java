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
import org.countryofficeportal.office.OfficeService;
import org.countryofficeportal.release.PressRelease;
import org.countryofficeportal.release.ReleaseCommands;
import org.countryofficeportal.release.ReleaseEditing;
import org.countryofficeportal.release.ReleaseText;
import org.countryofficeportal.release.TranslationText;

import java.time.Duration;
import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
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

        @EJB
        private PortalReset reset;

        @POST
        @Path("offices")
        public void office(@QueryParam("id") String id) {
            asAdmin.run(() -> offices.create(TestContent.office(id, "Asia/Karachi")));
        }

        /** A release, published at {@code published} (scheduled if still to come), a draft without it. */
        @POST
        @Path("releases")
        public void release(@QueryParam("office") String office, @QueryParam("slug") String slug,
                            @QueryParam("published") String published, @QueryParam("urduTitle") String urduTitle) {
            asAdmin.run(() -> {
                PressRelease release = releases.create(new ReleaseCommands.Create(new ReleaseCommands.Placement(office, "en", slug),
                        new ReleaseText("Title of " + slug, "Summary of " + slug, "<p>Body of " + slug + "</p>", "© ILO 2024"),
                        null, null));
                if (urduTitle != null) {
                    release = releases.translate(new ReleaseCommands.Translate(slug, release.version(), "ur",
                            new TranslationText(urduTitle, "خلاصہ " + slug, "<p>متن</p>"), null));
                }
                if (published != null) {
                    releases.schedule(TestContent.publishAt(release, OffsetDateTime.parse(published)));
                }
            });
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
            asAdmin.run(() -> {
                PressRelease release = releases.find(slug).orElseThrow();
                ReleaseText text = release.text();
                releases.illustrate(new ReleaseCommands.Illustrate(new ReleaseCommands.Edited(slug, release.version(),
                        new ReleaseText(text.title(), text.summary(), text.body(), "© ILO 2024"), null), jpeg.toByteArray(),
                        "A gradient from blue to orange", null));
            });
        }

        @POST
        @Path("releases/{slug}/title")
        public void retitle(@PathParam("slug") String slug, @QueryParam("value") String title) {
            asAdmin.run(() -> {
                PressRelease release = releases.find(slug).orElseThrow();
                ReleaseText text = release.text();
                releases.save(new ReleaseCommands.Save(new ReleaseCommands.Edited(slug, release.version(),
                        new ReleaseText(title, text.summary(), text.body(), text.imageCredit()), null), null));
            });
        }

        @POST
        @Path("releases/{slug}/unpublish")
        public void unpublish(@PathParam("slug") String slug) {
            asAdmin.run(() -> releases.unpublish(new ReleaseCommands.Unpublish(TestContent.asItIs(releases.find(slug).orElseThrow()), null)));
        }

        @DELETE
        @Path("releases/{slug}")
        public void delete(@PathParam("slug") String slug) {
            asAdmin.run(() -> releases.delete(new ReleaseCommands.Delete(slug, releases.find(slug).orElseThrow().version(), null)));
        }

        /** Back to a new installation's state: the seed content, the first administrator, nothing else. */
        @POST
        @Path("reset")
        public void reset() {
            reset.toNewInstallation();
        }

        /** Moves the portal's time ahead: releases scheduled within that time come due. */
        @POST
        @Path("clock")
        public void advance(@QueryParam("by") String duration) {
            TestClock.advance(Duration.parse(duration));
        }
    }
}
