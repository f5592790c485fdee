package org.countryofficeportal.platform;

import org.countryofficeportal.IntegrationRun;
import org.countryofficeportal.platform.PortalProcess.Installation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.countryofficeportal.platform.PortalProcess.delete;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The portal's default store, run as README command 1 runs it (config/portal.sh with its own PostgreSQL under the
 * data directory): the seed is imported on the first start only; a backup taken while staff save, restored over a
 * lost database, gives a portal that starts with everything saved before the backup; a graceful stop answers every
 * request in flight; staff saves acknowledged before a kill at a random moment (the Java process alone, or
 * everything at once as in a power cut) are all there after the restart, and every restart succeeds; a portal that
 * cannot start says why and exits.
 * <p>
 * {@code -Ddurability.kills=N} sets the number of kills (3 here; src/bench/durability.sh runs 50 and more).
 * Nothing here is shared with the other classes, so it runs beside them ({@link IntegrationRun}).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(IntegrationRun.PORTAL_PROCESSES)
class EmbeddedStoreIT {

    private static final int KILLS = Integer.getInteger("durability.kills", 3);
    private static final int WRITERS = 4;
    private static final Pattern PUBLIC_RELEASES = Pattern.compile("\"publicReleases\"\\s*:\\s*\"?(\\d+)");
    private static final Pattern OFFICES = Pattern.compile("\"offices\"\\s*:\\s*\"?(\\d+)");

    private static final Path target = Path.of("target", "embedded-store-it").toAbsolutePath();
    private static final Path backup = target.resolve("backups").resolve("portal.dump");
    private static final Set<String> acknowledged = new HashSet<>();
    private static Set<String> savedBeforeTheBackup = Set.of();
    private static Installation installation;
    private static PortalProcess portal;

    @BeforeAll
    static void newInstallation() throws IOException {
        installation = Installation.fresh(target.resolve("data"));
        delete(backup.getParent());
    }

    @AfterAll
    static void stopEverything() throws Exception {
        if (portal != null) {
            portal.close();
        }
    }

    @Test
    @Order(1)
    void theFirstStartCreatesTheDatabaseAndImportsTheSeed() throws Exception {
        portal = PortalProcess.start(installation, "start-0.log");
        assertTrue(portal.output().contains("new database created"), portal.output());
        assertTrue(portal.output().contains("seed content imported"), portal.output());
        String readiness = portal.get("/health/ready").body();
        assertEquals(20, count(PUBLIC_RELEASES, readiness), readiness);
        assertEquals(3, count(OFFICES, readiness), readiness);
    }

    @Test
    @Order(2)
    void aBackupIsTakenWhileStaffSave() throws Exception {
        try (DraftWriters writers = DraftWriters.start(installation.base(), 2, "backup")) {
            writers.awaitMoreAcknowledged(4, Duration.ofMinutes(1));
            savedBeforeTheBackup = Set.copyOf(writers.acknowledged);
            installation.postgres("backup", backup.toString());
            writers.awaitMoreAcknowledged(2, Duration.ofMinutes(1));
            acknowledged.addAll(writers.acknowledged);
        }
        assertFalse(savedBeforeTheBackup.isEmpty(), "staff were saving while the backup was taken");
        assertTrue(Files.size(backup) > 0);
    }

    /** The stop also records the class data that the later starts map (config/portal.sh): they start sooner. */
    @Test
    @Order(3)
    void aGracefulStopAnswersEveryRequestInFlightBeforeTheDatabaseStops() throws Exception {
        DraftWriters writers = DraftWriters.start(installation.base(), WRITERS, "graceful");
        writers.awaitMoreAcknowledged(2 * WRITERS, Duration.ofMinutes(1));
        portal.close();
        writers.close();
        acknowledged.addAll(writers.acknowledged);
        assertTrue(portal.output().contains("stopping"), portal.output());

        installation.postgres("up");
        try (Connection db = installation.connect()) {
            assertEquals(Set.of(), missing(db, acknowledged), "acknowledged, then gone");
            // A request that failed other than at the door must not have been taken in: else its answer was lost.
            Set<String> takenButNotAnswered = new HashSet<>(writers.failed.keySet());
            takenButNotAnswered.removeAll(missing(db, writers.failed.keySet()));
            assertEquals(Set.of(), takenButNotAnswered, "saved, but the staff member got a failure: " + writers.failed);
            Map<String, String> errors = new TreeMap<>(writers.failed);
            errors.values().removeIf(failure -> !failure.startsWith("HTTP") && !failure.startsWith("no form"));
            assertEquals(Map.of(), errors, "requests answered with an error during the stop");
        } finally {
            installation.postgres("down");
        }
        assertFalse(writers.acknowledged.isEmpty());
    }

    /** As README, Backups, says: the database lost, the backup restored into the data directory, the portal started. */
    @Test
    @Order(4)
    void theBackupRestoresOverALostDatabaseAndThePortalStartsWithEverythingSavedBeforeIt() throws Exception {
        delete(installation.database());
        installation.postgres("restore", backup.toString());
        long draftsInTheBackup;
        try (Connection db = installation.connect()) {
            assertEquals(Set.of(), missing(db, savedBeforeTheBackup), "saved before the backup began, missing from it");
            draftsInTheBackup = count(db, "SELECT COUNT(*) FROM press_release WHERE status = 'DRAFT'");
        } finally {
            installation.postgres("down");
        }
        portal = PortalProcess.start(installation, "restored.log");
        assertTrue(portal.output().contains("seed content not imported again"), portal.output());
        assertTrue(portal.get("/admin/releases.xhtml").statusCode() < 500);
        assertEquals(20, count(PUBLIC_RELEASES, portal.get("/health/ready").body()));
        try (Connection db = installation.connect()) {
            assertEquals(draftsInTheBackup, count(db, "SELECT COUNT(*) FROM press_release WHERE status = 'DRAFT'"));
        }
        // What was saved after the backup began went with the lost database; the rest must outlive the kills.
        acknowledged.retainAll(savedBeforeTheBackup);
    }

    @Test
    @Order(5)
    void acknowledgedSavesSurviveKillsAtRandomMomentsAndEveryRestartSucceeds() throws Exception {
        Random random = new Random();
        Map<String, Integer> figures = new TreeMap<>(Map.of("kills", 0, "acknowledged", 0, "lost", 0, "failed restarts", 0));
        for (int kill = 1; kill <= KILLS; kill++) {
            try (DraftWriters writers = DraftWriters.start(installation.base(), WRITERS, "kill-" + kill)) {
                // A random moment: after a random number of further saves, with more in flight.
                writers.awaitMoreAcknowledged(1 + random.nextInt(WRITERS * 4), Duration.ofMinutes(1));
                // Every other kill is a power cut: the database dies with the portal and replays its log on the next start.
                if (kill % 2 == 0) {
                    portal.cutThePower();
                } else {
                    portal.killJava();
                }
                acknowledged.addAll(writers.acknowledged);
            }
            figures.merge("kills", 1, Integer::sum);
            try {
                portal = PortalProcess.start(installation, "start-" + kill + ".log");
            } catch (IllegalStateException failedRestart) {
                figures.merge("failed restarts", 1, Integer::sum);
                throw new AssertionError("restart after kill " + kill + " failed: " + figures, failedRestart);
            }
            assertTrue(portal.output().contains("seed content not imported again"), portal.output());
            Set<String> missing = missing(acknowledged);
            figures.put("acknowledged", acknowledged.size());
            figures.merge("lost", missing.size(), Integer::sum);
            assertEquals(Set.of(), missing, "acknowledged before kill " + kill + " and gone after the restart: " + figures);
        }
        portal.close();
        Files.writeString(target.resolve("durability.txt"), figures + System.lineSeparator());
        System.out.println("durability: " + figures);
        assertTrue(acknowledged.size() > KILLS * WRITERS, "the writers wrote: " + figures);
    }

    @Test
    @Order(6)
    void aPortalThatCannotStartSaysWhyAndExitsWithoutEverReportingReady() throws Exception {
        installation.postgres("up");
        try (Connection db = installation.connect(); Statement sql = db.createStatement()) {
            // An upgrade whose migration meets a database it does not expect: Flyway runs V5 again, and it fails.
            assertEquals(1, sql.executeUpdate("DELETE FROM flyway_schema_history WHERE version = '5'"));
        } finally {
            installation.postgres("down");
        }
        try (PortalProcess failing = PortalProcess.launch(installation, "failing.log")) {
            boolean everReady = false;
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
            while (failing.isAlive() && System.nanoTime() < deadline) {
                try {
                    everReady |= failing.get("/health/ready").statusCode() == 200;
                } catch (IOException notListening) {
                    // not yet, or no more
                }
                Thread.sleep(200);
            }
            assertFalse(failing.isAlive(), "still running, with a failed migration:\n" + failing.output());
            assertEquals(1, failing.awaitExit(), failing.output());
            assertFalse(everReady, "reported ready without the application");
            assertTrue(failing.output().contains("The portal did not start"), failing.output());
            assertTrue(failing.output().contains("A database migration failed"), failing.output());
        }
        assertFalse(Files.exists(installation.database().resolve("data").resolve("postmaster.pid")),
                "the database was stopped with the portal");
    }

    /** Those of the drafts that are not in the installation's database (started for the look). */
    private static Set<String> missing(Set<String> drafts) throws Exception {
        try (Connection db = installation.connect()) {
            return missing(db, drafts);
        }
    }

    private static Set<String> missing(Connection db, Set<String> drafts) throws SQLException {
        Set<String> missing = new HashSet<>(drafts);
        try (PreparedStatement query = db.prepareStatement("SELECT slug FROM press_release WHERE slug = ANY (?)")) {
            query.setArray(1, db.createArrayOf("varchar", drafts.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    missing.remove(rows.getString(1));
                }
            }
        }
        return missing;
    }

    private static long count(Connection db, String query) throws SQLException {
        try (Statement sql = db.createStatement(); ResultSet result = sql.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static int count(Pattern pattern, String readiness) {
        Matcher matcher = pattern.matcher(readiness);
        assertTrue(matcher.find(), readiness);
        return Integer.parseInt(matcher.group(1));
    }
}
