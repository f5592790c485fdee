package org.countryofficeportal.platform;

import java.util.Locale;

/**
 * The two databases the portal runs on, told apart by the configured JDBC URL ({@code db.url}): embedded H2 by
 * default, PostgreSQL in production. They share every migration but the ones written in a database's own dialect.
 */
public enum Database {

    H2,
    POSTGRESQL;

    public static Database ofUrl(String jdbcUrl) {
        return jdbcUrl.startsWith("jdbc:postgresql:") ? POSTGRESQL : H2;
    }

    /** Where Flyway finds this database's migrations: the shared ones, and those in its own SQL dialect. */
    public String[] migrationLocations() {
        return new String[] {"classpath:db/migration", "classpath:db/" + name().toLowerCase(Locale.ROOT)};
    }
}
