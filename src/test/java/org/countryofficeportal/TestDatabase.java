package org.countryofficeportal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The throwaway PostgreSQL clusters that config/postgres.sh starts for the integration tests (the pom, around them): one
 * for the portal the HTTP and browser classes share ({@link SharedPortal}), one for Arquillian's portals (arquillian.xml
 * points them at it). Each has its own, so that the classes of one run beside those of the other ({@link
 * IntegrationRun}) and nobody empties a database under a running portal. How a test reads one directly, and empties it.
 */
public enum TestDatabase {

    SHARED("portal.postgresPort"),
    ARQUILLIAN("portal.arquillianPostgresPort");

    /** The failsafe property that holds the cluster's port (arquillian.xml names Arquillian's). */
    final String portProperty;

    TestDatabase(String portProperty) {
        this.portProperty = portProperty;
    }

    public Connection connect() throws SQLException {
        return connect(Integer.parseInt(System.getProperty(portProperty)), System.getProperty("portal.postgresPassword"));
    }

    /** The database "portal" of a cluster config/postgres.sh runs on loopback at that port, as the role "portal". */
    public static Connection connect(int port, String password) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/portal", "portal", password);
    }

    /** Leaves the database as a new installation finds it: drops every table and sequence, after ending the
     * connections a stopped portal may have left behind. */
    public void empty() throws SQLException {
        try (Connection db = connect(); Statement sql = db.createStatement()) {
            sql.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                    + " WHERE datname = current_database() AND pid <> pg_backend_pid()");
            sql.execute("DROP SCHEMA public CASCADE");
            sql.execute("CREATE SCHEMA public");
        }
    }
}
