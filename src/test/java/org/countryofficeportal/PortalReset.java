package org.countryofficeportal;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.countryofficeportal.account.FirstAdministrator;
import org.countryofficeportal.content.SeedContentLoader;
import org.countryofficeportal.platform.Renderings;
import org.countryofficeportal.platform.SchemaMigration;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Returns the running test deployment to a new installation's state, for the test classes that share one portal
 * process ({@link SharedPortal}): no rows but Flyway's history, nothing kept in memory from earlier requests, then the
 * first start's own steps (schema, seed import, first administrator). Sequences keep running: EclipseLink has ids
 * preallocated from them, which a restarted sequence would hand out again.
 */
@Stateless
public class PortalReset {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @EJB
    private SchemaMigration schema;

    @EJB
    private SeedContentLoader seed;

    @EJB
    private FirstAdministrator firstAdministrator;

    @Inject
    private Renderings renderings;

    /** Outside any transaction, as the first start runs: each step commits before the next reads. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void toNewInstallation() {
        toFirstStart();
        seed.importOnFirstStart();
        firstAdministrator.createOnFirstStart();
    }

    /** A new installation's first start before its writes: the schema, and nothing in it or in memory. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void toFirstStart() {
        schema.migrate();
        context.getBusinessObject(PortalReset.class).emptyTables();
        em.getEntityManagerFactory().getCache().evictAll();
        renderings.forgetAll();
        OpenSessions.invalidateAll();
        TestClock.reset();
    }

    /**
     * Every table but Flyway's history and the first start's lock (a new installation has its row), in one statement
     * (CASCADE: the foreign keys between them).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void emptyTables() {
        @SuppressWarnings("unchecked")
        List<String> tables = em.createNativeQuery("SELECT quote_ident(tablename) FROM pg_tables WHERE schemaname ="
                + " current_schema() AND tablename NOT IN ('flyway_schema_history', 'first_start_lock')").getResultList();
        em.createNativeQuery("TRUNCATE TABLE " + tables.stream().collect(Collectors.joining(", ")) + " CASCADE")
                .executeUpdate();
    }
}
