package org.countryofficeportal.platform;

import org.countryofficeportal.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Content lives in the configured database (embedded H2 under the data directory, or PostgreSQL) and survives a
 * restart: the seed is imported on the first start only, and what changed in between is still there after the
 * next start.
 */
class RestartIT {

    private static final Pattern PUBLIC_RELEASES = Pattern.compile("\"publicReleases\"\\s*:\\s*\"?(\\d+)");
    private static final Pattern OFFICES = Pattern.compile("\"offices\"\\s*:\\s*\"?(\\d+)");

    @TempDir
    Path dataDir;

    @Test
    void contentSurvivesARestartAndTheSeedIsImportedOnlyOnce() throws Exception {
        TestDatabase database = TestDatabase.current();
        database.empty();
        Map<String, String> environment = database.environment(dataDir);

        try (PayaraMicroProcess first = PayaraMicroProcess.start(environment, dataDir.resolve("first.log"))) {
            String readiness = first.get("/health/ready");
            assertEquals(20, count(PUBLIC_RELEASES, readiness));
            assertEquals(3, count(OFFICES, readiness));
            assertTrue(first.log().contains("seed content imported"), "first start imports the seed");
        }

        // Staff would unpublish a release through the back office; here the database is edited while the portal is down.
        try (Connection db = database.connect(dataDir);
             Statement sql = db.createStatement()) {
            assertEquals(20, single(sql, "SELECT COUNT(*) FROM press_release"));
            assertEquals(1, sql.executeUpdate("UPDATE press_release SET status = 'DRAFT' WHERE slug = 'piloting-national-skills-passport-in-pakistan'"));
        }

        try (PayaraMicroProcess second = PayaraMicroProcess.start(environment, dataDir.resolve("second.log"))) {
            String readiness = second.get("/health/ready");
            assertEquals(19, count(PUBLIC_RELEASES, readiness), "the change survived and the seed was not imported again");
            assertEquals(3, count(OFFICES, readiness));
            assertTrue(second.log().contains("seed content not imported again"), second.log());
        }
    }

    private static int count(Pattern pattern, String readiness) {
        Matcher matcher = pattern.matcher(readiness);
        assertTrue(matcher.find(), readiness);
        return Integer.parseInt(matcher.group(1));
    }

    private static long single(Statement sql, String query) throws SQLException {
        try (ResultSet result = sql.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }
}
