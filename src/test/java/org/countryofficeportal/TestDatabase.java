package org.countryofficeportal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The throwaway PostgreSQL cluster that config/postgres.sh starts for the integration tests: how a portal process is
 * pointed at it, how a test reads it directly, and how it is emptied.
 */
public final class TestDatabase {

    private static final AtomicInteger TIMES_EMPTIED = new AtomicInteger();

    private TestDatabase() {
    }

    /** The environment variables that point a portal process, with the given data directory, at this database. */
    public static Map<String, String> environment(Path dataDir) {
        return Map.of("OFFICE_DATA_DIR", dataDir.toAbsolutePath().toString(),
                "DB_URL", url(), "DB_DRIVER", "org.postgresql.ds.PGSimpleDataSource",
                "DB_USER", "portal", "DB_PASSWORD", password());
    }

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), "portal", password());
    }

    /** Leaves the database as a new installation finds it: drops every table and sequence, after ending the
     * connections a stopped portal may have left behind. */
    public static void empty() throws SQLException {
        try (Connection db = connect(); Statement sql = db.createStatement()) {
            sql.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                    + " WHERE datname = current_database() AND pid <> pg_backend_pid()");
            sql.execute("DROP SCHEMA public CASCADE");
            sql.execute("CREATE SCHEMA public");
        }
        TIMES_EMPTIED.incrementAndGet();
    }

    /** How often this test run has emptied the database: a portal started before the last time has lost its own. */
    public static int timesEmptied() {
        return TIMES_EMPTIED.get();
    }

    private static String url() {
        return "jdbc:postgresql://127.0.0.1:" + System.getProperty("portal.postgresPort") + "/portal";
    }

    private static String password() {
        return System.getProperty("portal.postgresPassword");
    }
}
