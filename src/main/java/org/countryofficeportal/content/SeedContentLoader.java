package org.countryofficeportal.content;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.countryofficeportal.office.OfficeService;

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

    private static final Logger LOG = Logger.getLogger(SeedContentLoader.class.getName());

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
        try {
            LOG.info(() -> "seed content imported: " + importer.importShippedSeed());
        } catch (ContentAlreadyPresentException | EJBException e) {
            // Several instances starting together on one database race to import; one wins and the others roll back.
            if (!officeService.hasContent()) {
                throw e;
            }
            LOG.info("seed content was imported by another instance meanwhile");
        }
    }
}
