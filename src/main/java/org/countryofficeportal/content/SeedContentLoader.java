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

import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Imports the seed content that ships in the WAR on the first start, when the database holds no content yet.
 * Later starts leave the content as staff have edited it.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class SeedContentLoader {

    private static final Duration IMPORT_BY_ANOTHER_INSTANCE = Duration.ofMinutes(1);

    private static final Logger LOG = Logger.getLogger(SeedContentLoader.class.getName());

    @EJB
    private SeedImport importer;

    @EJB
    private OfficeService officeService;

    /**
     * Outside any transaction, so that each service call is its own: a lost race rolls back the import alone, not
     * the checks that follow it. (A singleton's lifecycle callback takes its transaction attribute from the method.)
     * Public, a business method too: a test deployment repeats the first start on a database it has emptied.
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
        } catch (ContentAlreadyPresentException | EJBException e) {
            // Several instances starting together on one database race to import; one wins and the others roll
            // back, possibly before the winner has committed: they wait for its content to show.
            if (!contentAppearsWithin(IMPORT_BY_ANOTHER_INSTANCE)) {
                throw e;
            }
            LOG.info("seed content was imported by another instance meanwhile");
        }
    }

    private boolean contentAppearsWithin(Duration limit) {
        Instant until = Instant.now().plus(limit);
        while (!officeService.hasContent()) {
            if (Instant.now().isAfter(until)) {
                return false;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }
}
