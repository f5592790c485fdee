package org.countryofficeportal.content;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
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
public class SeedContentLoader {

    private static final Logger LOG = Logger.getLogger(SeedContentLoader.class.getName());

    @EJB
    private SeedImport importer;

    @EJB
    private OfficeService officeService;

    /**
     * Outside any transaction, so that the import is a transaction of its own. Public, a business method too: a test
     * deployment repeats the first start on a database it has emptied.
     */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void importOnFirstStart() {
        if (officeService.hasContent()) {
            LOG.info("content present: seed content not imported again");
            return;
        }
        try {
            LOG.info(() -> "seed content imported: " + importer.importShippedSeed());
        } catch (ContentAlreadyPresentException e) {
            // Instances starting together on one database import in turn (FirstStartLock): another was first.
            LOG.info("seed content was imported by another instance meanwhile");
        }
    }
}
