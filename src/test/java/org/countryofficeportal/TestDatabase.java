package org.countryofficeportal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * The database of this pass of the integration tests (failsafe runs them once on embedded H2, once on the
 * throwaway PostgreSQL that config/postgres.sh starts): how a portal process is pointed at it, how a test
 * reads it directly, and how it is emptied.
 */
public enum TestDatabase {

    H2 {
        @Override
        public Map<String, String> environment(Path dataDir) {
            return Map.of("OFFICE_DATA_DIR", dataDir.toAbsolutePath().toString());
        }

        /** Opens the file database a portal with {@link #environment} keeps; it must exist already. */
        @Override
        public Connection connect(Path dataDir) throws SQLException {
            return DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("portal") + ";IFEXISTS=TRUE", "portal", "");
        }

        /** Each Payara process has its own in-memory database, or its own data directory: nothing to empty. */
        @Override
        public void empty() {
        }
    },

    POSTGRESQL {
        @Override
        public Map<String, String> environment(Path dataDir) {
            return Map.of("OFFICE_DATA_DIR", dataDir.toAbsolutePath().toString(),
                    "DB_URL", url(), "DB_DRIVER", "org.postgresql.ds.PGSimpleDataSource",
                    "DB_USER", "portal", "DB_PASSWORD", password());
        }

        @Override
        public Connection connect(Path dataDir) throws SQLException {
            return DriverManager.getConnection(url(), "portal", password());
        }

        /** Drops every table and sequence, after ending the connections a stopped portal may have left behind. */
        @Override
        public void empty() throws SQLException {
            try (Connection db = connect(null); Statement sql = db.createStatement()) {
                sql.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                        + " WHERE datname = current_database() AND pid <> pg_backend_pid()");
                sql.execute("DROP SCHEMA public CASCADE");
                sql.execute("CREATE SCHEMA public");
            }
        }

        private String url() {
            return "jdbc:postgresql://127.0.0.1:" + System.getProperty("portal.postgresPort") + "/portal";
        }

        private String password() {
            return System.getProperty("portal.postgresPassword");
        }
    };

    public static TestDatabase current() {
        return valueOf(System.getProperty("portal.database", "h2").toUpperCase(java.util.Locale.ROOT));
    }

    /** The environment variables that point a portal process, with the given data directory, at this database. */
    public abstract Map<String, String> environment(Path dataDir);

    public abstract Connection connect(Path dataDir) throws SQLException;

    /** Leaves the database as a new installation finds it. */
    public abstract void empty() throws SQLException;
}
