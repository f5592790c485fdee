package org.countryofficeportal.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import java.util.logging.Logger;

/**
 * The portal's database and its schema. The connection comes from MicroProfile Config (db.url, db.driver, db.user
 * and db.password; config/portal.sh sets them for the portal's own PostgreSQL), and Flyway brings the schema up to
 * date (src/main/resources/db/migration) before anything else starts.
 * <p>
 * The pool's size is fixed here: Payara takes it only as the annotation's number (a web.xml data source would
 * take it from configuration, but Payara validates the descriptor against its schema before expanding it).
 * 16 connections are twice the HTTP worker threads that can hold one at a time, and six instances stay within
 * PostgreSQL's default of 100 connections. The pool opens 2 at start (Payara's default is 8, each a PostgreSQL
 * process and a SCRAM exchange before the portal is ready) and grows as requests need.
 */
@DataSourceDefinition(
        name = SchemaMigration.DATA_SOURCE,
        className = "${MPCONFIG=db.driver}",
        url = "${MPCONFIG=db.url}",
        user = "${MPCONFIG=db.user}",
        password = "${MPCONFIG=db.password:}",
        maxPoolSize = 16,
        minPoolSize = 2)
@Startup
@Singleton
public class SchemaMigration {

    public static final String DATA_SOURCE = "java:app/jdbc/portal";

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = DATA_SOURCE)
    private DataSource dataSource;

    /**
     * Flyway commits each migration itself: no container transaction around it. Public, a business method too: a
     * test deployment repeats the first start on a database it has emptied.
     */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void migrate() {
        MigrateResult result = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .load()
                .migrate();
        LOG.info(() -> "database schema at version " + (result.targetSchemaVersion == null
                ? result.initialSchemaVersion : result.targetSchemaVersion)
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }
}
