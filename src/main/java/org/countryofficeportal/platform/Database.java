package org.countryofficeportal.platform;

import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The two databases the portal runs on, told apart by the configured JDBC URL ({@code db.url}): embedded H2 by
 * default, PostgreSQL in production. They share every migration but the ones written in a database's own dialect.
 */
public enum Database {

    H2 {
        @Override
        public String publicTextCondition(String release, String parameter) {
            return "(LOWER(" + release + ".title) LIKE :" + parameter + LikePatterns.ESCAPE
                    + " OR LOWER(" + release + ".summary) LIKE :" + parameter + LikePatterns.ESCAPE
                    + " OR LOWER(" + release + ".body) LIKE :" + parameter + LikePatterns.ESCAPE + ")";
        }

        @Override
        public String publicTextParameter(String text) {
            return LikePatterns.containing(text);
        }
    },

    /**
     * PostgreSQL's own text search, on the search document the database keeps for each release (migration
     * {@code db/postgresql/V4}: a column the entity does not map, reached with EclipseLink's COLUMN function) and
     * its GIN index. The 'simple' configuration lower-cases words without stemming them: the texts are in English,
     * Urdu and Russian.
     */
    POSTGRESQL {
        @Override
        public String publicTextCondition(String release, String parameter) {
            return "SQL('? @@ to_tsquery(''simple'', ?)', COLUMN('search_document', " + release + "), :" + parameter + ")";
        }

        /** Every word the reader typed, each as a prefix ("work" finds "workers"): a tsquery with no syntax of the reader's. */
        @Override
        public String publicTextParameter(String text) {
            return WORD_SEPARATORS.splitAsStream(text.toLowerCase(Locale.ROOT))
                    .filter(word -> !word.isEmpty())
                    .map(word -> word + ":*")
                    .collect(Collectors.joining(" & "));
        }
    };

    private static final Pattern WORD_SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    public static Database ofUrl(String jdbcUrl) {
        return jdbcUrl.startsWith("jdbc:postgresql:") ? POSTGRESQL : H2;
    }

    /** Where Flyway finds this database's migrations: the shared ones, and those in its own SQL dialect. */
    public String[] migrationLocations() {
        return new String[] {"classpath:db/migration", "classpath:db/" + name().toLowerCase(Locale.ROOT)};
    }

    /** A JPQL condition: the texts of a release (its identification variable) match the search held by a named parameter. */
    public abstract String publicTextCondition(String release, String parameter);

    /** The value of that parameter for what a reader typed. */
    public abstract String publicTextParameter(String text);
}
