package org.countryofficeportal.content;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import javax.imageio.ImageIO;
import org.countryofficeportal.platform.Role;
import org.countryofficeportal.release.PressRelease;
import org.countryofficeportal.release.ReleaseCommands;
import org.countryofficeportal.release.ReleaseEditing;
import org.countryofficeportal.release.ReleaseText;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Exports all content, empties the database, imports the export into it and exports again, as an administrator,
 * in one transaction that is then rolled back: the instance is left as it was.
 */
@Stateless
@RunAs(Role.Names.ADMIN)
public class ContentRoundTrip {

    /** Every content table, children before parents. */
    private static final List<String> CONTENT_TABLES = List.of("media_coverage", "release_revision", "release_translation",
            "release_tombstone", "press_release", "image_content", "image", "contact_phone", "contact_website", "contact", "office_programme_priority",
            "office_programme", "office_area_of_work", "office_section", "office_country", "office", "country",
            "organisation_section", "organisation_objective", "organisation");

    static final String ILLUSTRATED = "piloting-national-skills-passport-in-pakistan";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private ContentExporter exporter;

    @EJB
    private ContentImporter importer;

    @EJB
    private ReleaseEditing editing;

    @Inject
    private BundleReader bundles;

    @Resource
    private SessionContext context;

    /** The export before and after, as JSON; a release has an image first, so that images make the trip too. */
    public List<String> exportEmptyImportExport() throws IOException {
        PressRelease illustrated = editing.find(ILLUSTRATED).orElseThrow();
        editing.illustrate(new ReleaseCommands.Illustrate(new ReleaseCommands.Edited(ILLUSTRATED, illustrated.version(),
                new ReleaseText(illustrated.title(), illustrated.summary(), illustrated.body().orElse(null), "© ILO 2023"), null),
                png(), "Workers receiving their skills passports", null));
        em.flush();
        String before = json(exporter.export());
        em.createNativeQuery("UPDATE office SET parent_id = NULL").executeUpdate();
        CONTENT_TABLES.forEach(table -> em.createNativeQuery("DELETE FROM " + table).executeUpdate());
        em.clear();
        em.getEntityManagerFactory().getCache().evictAll();
        importer.importIntoEmptyInstance(new ContentImporter.Import("round-trip.json",
                bundles.read("round-trip.json", new ByteArrayInputStream(before.getBytes(StandardCharsets.UTF_8))), null));
        em.flush();
        em.clear();
        String after = json(exporter.export());
        context.setRollbackOnly();
        return List.of(before, after);
    }

    private static byte[] png() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(8, 6, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    private String json(ContentBundle bundle) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        bundles.write(bundle, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
