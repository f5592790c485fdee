package org.countryofficeportal.content;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.countryofficeportal.office.OfficeService;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.logging.Logger;

/**
 * Imports the seed content that ships in the WAR on the first start, when the database holds no content yet.
 * Later starts leave the content as staff have edited it.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SeedContentLoader {

    static final String SEED_BUNDLE = "META-INF/content/seed-bundle.json";
    private static final String SEED_FILE = "seed-bundle.json";
    private static final Logger LOG = Logger.getLogger(SeedContentLoader.class.getName());

    @Inject
    private BundleReader bundleReader;

    @EJB
    private ContentImporter importer;

    @EJB
    private OfficeService officeService;

    @PostConstruct
    void importOnFirstStart() {
        if (officeService.hasContent()) {
            LOG.info("content present: seed content not imported again");
            return;
        }
        ContentBundle seed = readSeed();
        try {
            LOG.info(() -> "seed content imported: " + importer.importIntoEmptyInstance(SEED_FILE, seed));
        } catch (ContentAlreadyPresentException | EJBException e) {
            // Several instances starting together on one database race to import; one wins and the others roll back.
            if (!officeService.hasContent()) {
                throw e;
            }
            LOG.info("seed content was imported by another instance meanwhile");
        }
    }

    private ContentBundle readSeed() {
        try (InputStream json = SeedContentLoader.class.getClassLoader().getResourceAsStream(SEED_BUNDLE)) {
            if (json == null) {
                throw new IllegalStateException(SEED_BUNDLE + " is missing from the application");
            }
            return bundleReader.read(SEED_FILE, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
