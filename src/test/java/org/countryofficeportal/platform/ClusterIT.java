package org.countryofficeportal.platform;

import org.countryofficeportal.BackOffice;
import org.countryofficeportal.Browsers;
import org.countryofficeportal.IntegrationRun;
import org.countryofficeportal.StaffClient;
import org.countryofficeportal.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two instances in one data grid, behind nginx, on a PostgreSQL of their own, all started by {@code config/cluster.sh}
 * as an operator tries a cluster on one machine: edits show on the other instance within a second, both serve the
 * same feed and sync, failed logins count on both, and when an instance dies (SIGKILL) staff carry on, logged in and
 * with their unsaved form, and every acknowledged write is kept. Nothing here is shared with the other classes, so it
 * runs beside them, though never beside the other class that starts and kills portal processes ({@link
 * IntegrationRun}).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(IntegrationRun.PORTAL_PROCESSES)
class ClusterIT {

    private static final String SEED_RELEASE = "piloting-national-skills-passport-in-pakistan";
    private static final int WRITES = 300;
    private static final int KILL_AFTER = 150;
    /** cluster.sh starts the cluster's PostgreSQL on the balancer's port + 100, with this password. */
    private static final int DATABASE_PORT_OFFSET = 100;
    private static final String DATABASE_PASSWORD = "cluster-test-only-database-password";

    @RegisterExtension
    static final Browsers browsers = new Browsers(1);

    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final Path dir = Path.of("target", "cluster-it").toAbsolutePath();
    private static int balancer;

    @BeforeAll
    static void startCluster() throws Exception {
        balancer = freePortRun(3);
        Map<String, String> environment = new HashMap<>();
        environment.put("OFFICE_DATA_DIR", dir.toString());
        environment.put("DB_PASSWORD", DATABASE_PASSWORD);
        environment.put("PORT", String.valueOf(balancer));
        environment.put("GRID_PORT", String.valueOf(freePortRun(2)));
        environment.put("OFFICE_ADMIN_PASSWORD", BackOffice.ADMIN_PASSWORD);
        environment.put("JAVA_OPTS", PortalProcess.JVM_OPTIONS);
        run(environment, "start", "2", dir.toString());
    }

    @AfterAll
    static void stopCluster() throws Exception {
        run(Map.of(), "stop", dir.toString());
    }

    @Test
    @Order(1)
    void anEditOnOneInstanceIsReadOnTheOtherWithinASecond() throws Exception {
        StaffClient staffOnA = new StaffClient(instance(1)).logIn(BackOffice.ADMIN, BackOffice.ADMIN_PASSWORD);
        // B has read (and cached) the release before A changes it.
        assertTrue(read(instance(2), "/api/v1/releases/" + SEED_RELEASE).body().contains("\"title\""));

        HttpResponse<String> saved = staffOnA.follow(staffOnA.submit("/admin/release.xhtml?slug=" + SEED_RELEASE, "release",
                Map.of("release:title", "Skills passport piloted: edited on instance A", "release:save", "Update")));
        assertTrue(saved.body().contains("Updated: the public page shows this text now"), saved.body());
        // The page a save leads to, shown by the other instance, says what the save did.
        HttpResponse<String> savedAgain = staffOnA.submit("/admin/release.xhtml?slug=" + SEED_RELEASE, "release",
                Map.of("release:title", "Skills passport piloted: edited on instance A, shown by B", "release:save", "Update"));
        HttpResponse<String> shownByB = staffOnA.at(instance(2)).follow(savedAgain);
        assertTrue(shownByB.body().contains("Updated: the public page shows this text now"), shownByB.body());
        long seenAfter = millisUntil(instance(2), "/api/v1/releases/" + SEED_RELEASE, "edited on instance A");
        assertTrue(seenAfter < 1000, "instance B showed the edit after " + seenAfter + " ms");

        HttpResponse<String> created = staffOnA.submit("/admin/release.xhtml", "release", Map.of(
                "release:slug", "published-on-instance-a", "release:office", "pakistan", "release:language", "en",
                "release:title", "Published on instance A", "release:summary", "Read on instance B.",
                "release:body", "<p>Cluster test.</p>", "release:save", "Create draft"));
        assertEquals(302, created.statusCode(), created.body());
        HttpResponse<String> published = staffOnA.follow(staffOnA.submit("/admin/release.xhtml?slug=published-on-instance-a",
                "release", Map.of("release:publish", "Save and publish now")));
        assertTrue(published.body().contains("Published: the release is public now"), published.body());
        long listedAfter = millisUntil(instance(2), "/api/v1/releases?limit=5", "published-on-instance-a");
        assertTrue(listedAfter < 1000, "instance B listed the new release after " + listedAfter + " ms");
    }

    @Test
    @Order(2)
    void bothInstancesServeTheSameFeedAndSync() throws Exception {
        // Links are absolute, from the Host header: every request names the same host, as behind the balancer.
        for (String path : new String[] {"/feed/releases.atom", "/feed/offices/pakistan/releases.atom", "/api/v1/releases",
                "/api/v1/offices/pakistan"}) {
            SameHostResponse onA = readAsPortal(instance(1), path);
            SameHostResponse onB = readAsPortal(instance(2), path);
            SameHostResponse throughBalancer = readAsPortal(base(balancer), path);
            // They agree within two seconds of the last edit: renderings are kept half a second on the instances,
            // and one second more by the balancer.
            for (int i = 0; i < 30 && !(onA.body().equals(onB.body()) && onA.body().equals(throughBalancer.body())); i++) {
                Thread.sleep(100);
                onA = readAsPortal(instance(1), path);
                onB = readAsPortal(instance(2), path);
                throughBalancer = readAsPortal(base(balancer), path);
            }
            assertEquals(200, onA.statusCode(), path);
            assertEquals(onA.body(), onB.body(), path);
            assertEquals(onA.body(), throughBalancer.body(), path);
        }
        // The sync's next token is the moment it was asked: everything else agrees.
        String syncOnA = readAsPortal(instance(1), "/api/v1/releases/changes").body().replaceAll("\"next\"\\s*:\\s*\"[^\"]*\"", "");
        String syncOnB = readAsPortal(instance(2), "/api/v1/releases/changes").body().replaceAll("\"next\"\\s*:\\s*\"[^\"]*\"", "");
        assertTrue(syncOnA.contains("published-on-instance-a"), syncOnA);
        assertEquals(syncOnA, syncOnB);
    }

    @Test
    @Order(3)
    void failedLoginsCountOnEveryInstance() throws Exception {
        String guessed = "guessed-on-both-instances";
        // Four failures, two on B and two on A, then the fifth on A: A alone has seen three, and throttles at five.
        for (int attempt = 0; attempt < 4; attempt++) {
            HttpResponse<String> refused = new StaffClient(instance(attempt % 2 == 0 ? 2 : 1)).attemptLogIn(guessed, "wrong " + attempt);
            assertTrue(refused.body().contains("The username or password is not correct."), refused.body());
        }
        HttpResponse<String> fifthOnA = new StaffClient(instance(1)).attemptLogIn(guessed, "wrong again");
        assertTrue(fifthOnA.body().contains("Too many failed logins"), fifthOnA.body());
    }

    @Test
    @Order(4)
    void staffAndAcknowledgedWritesSurviveTheDeathOfAnInstance() throws Exception {
        // Signed in on instance A itself; then at work through the balancer (the session cookie is the host's,
        // whatever the port), and after A's death the save reaches B.
        new BackOffice(browsers.first(), new URL(instance(1) + "/")).logIn(BackOffice.ADMIN, BackOffice.ADMIN_PASSWORD);
        BackOffice editor = new BackOffice(browsers.first(), new URL(base(balancer) + "/"));
        editor.open("/admin/release.xhtml?slug=published-on-instance-a")
                .type("release:title", "Typed before instance A died, saved after");
        assertEquals("Edit press release", editor.heading(), "signed in on A, recognised through the balancer");

        StaffClient writer = new StaffClient(base(balancer)).logIn(BackOffice.ADMIN, BackOffice.ADMIN_PASSWORD);
        AtomicInteger acknowledged = new AtomicInteger();
        ExecutorService background = Executors.newSingleThreadExecutor();
        Future<?> writes = background.submit(() -> {
            for (int i = 0; i < WRITES; i++) {
                write(writer, i);
                acknowledged.incrementAndGet();
            }
            return null;
        });
        while (acknowledged.get() < KILL_AFTER && !writes.isDone()) {
            Thread.sleep(10);
        }
        ProcessHandle instanceA = ProcessHandle.of(Long.parseLong(Files.readString(dir.resolve("instance-1.pid")).strip())).orElseThrow();
        instanceA.destroyForcibly();
        instanceA.onExit().get(30, TimeUnit.SECONDS);
        writes.get(5, TimeUnit.MINUTES);
        background.shutdown();

        try (Connection db = TestDatabase.connect(balancer + DATABASE_PORT_OFFSET, DATABASE_PASSWORD);
             PreparedStatement query = db.prepareStatement("SELECT COUNT(DISTINCT slug) FROM press_release WHERE slug LIKE 'cluster-write-%'")) {
            assertEquals(WRITES, single(query), "every acknowledged write is in the database");
        }

        // A reader through the balancer has it now, as it was: the balancer keeps that copy for a second.
        assertFalse(read(base(balancer), "/api/v1/releases/published-on-instance-a").body().contains("saved after"));
        editor.press("release:save");
        assertEquals("Edit press release", editor.heading(), "still signed in, on the release");
        assertTrue(editor.messages().stream().anyMatch(message -> message.startsWith("Updated")), editor.text());
        assertEquals("Typed before instance A died, saved after", editor.value("release:title"), editor.text());
        // Through the balancer, which keeps public responses a second: the edit shows within two.
        long shownAfter = millisUntil(base(balancer), "/api/v1/releases/published-on-instance-a", "saved after");
        assertTrue(shownAfter < 2000, "the balancer showed the edit after " + shownAfter + " ms");
    }

    /** Creates draft number {@code i}, again after any failure, until the cluster acknowledges it. */
    private static void write(StaffClient writer, int i) throws InterruptedException {
        String slug = "cluster-write-" + i;
        for (int attempt = 0; attempt < 50; attempt++) {
            try {
                HttpResponse<String> response = writer.submit("/admin/release.xhtml", "release", Map.of(
                        "release:slug", slug, "release:office", "moscow", "release:language", "en",
                        "release:title", "Write " + i, "release:summary", "One of " + WRITES + " writes.",
                        "release:save", "Create draft"));
                boolean created = response.statusCode() == 302
                        && response.headers().firstValue("Location").orElse("").contains("slug=" + slug);
                // A write whose answer was lost with its instance may have been kept: the retry finds it there.
                boolean keptBefore = response.statusCode() == 200 && response.body().contains("exists already");
                if (created || keptBefore) {
                    return;
                }
            } catch (IOException | IllegalStateException lostWithItsInstance) {
                // try again: the balancer sends it to an instance that lives
            }
            Thread.sleep(100);
        }
        throw new AssertionError("write " + i + " was never acknowledged");
    }

    private static long millisUntil(String base, String path, String expected) throws Exception {
        long start = System.nanoTime();
        while (!read(base, path).body().contains(expected)) {
            if (System.nanoTime() - start > TimeUnit.SECONDS.toNanos(10)) {
                throw new AssertionError(path + " on " + base + " never showed " + expected);
            }
            Thread.sleep(20);
        }
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    private static HttpResponse<String> read(String base, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The response with its absolute links (made from the Host header: each instance's own port) on one host. */
    private static SameHostResponse readAsPortal(String base, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = read(base, path);
        return new SameHostResponse(response, response.body().replaceAll("http://127\\.0\\.0\\.1:\\d+", "http://portal.test"));
    }

    private record SameHostResponse(HttpResponse<String> response, String body) {
        int statusCode() {
            return response.statusCode();
        }
    }

    private static String instance(int number) {
        return base(balancer + number);
    }

    private static String base(int port) {
        return "http://127.0.0.1:" + port;
    }

    private static long single(PreparedStatement query) throws SQLException {
        try (ResultSet result = query.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    private static void run(Map<String, String> environment, String... arguments) throws IOException, InterruptedException {
        Path log = Files.createDirectories(dir.getParent()).resolve("cluster-it-" + arguments[0] + ".log");
        ProcessBuilder script = new ProcessBuilder();
        script.command().add(Path.of("config", "cluster.sh").toAbsolutePath().toString());
        script.command().addAll(List.of(arguments));
        script.environment().putAll(environment);
        Process process = script.redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(6, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("config/cluster.sh " + String.join(" ", arguments) + " failed:\n" + Files.readString(log));
        }
    }

    /** The first of {@code count} consecutive ports that are free now, and the port where cluster.sh would put a database. */
    private static int freePortRun(int count) throws IOException {
        for (int tries = 0; tries < 100; tries++) {
            int first = ThreadLocalRandom.current().nextInt(20_000, 40_000);
            if (allFree(first, count) && allFree(first + DATABASE_PORT_OFFSET, 1)) {
                return first;
            }
        }
        throw new IllegalStateException("no run of " + count + " free ports");
    }

    private static boolean allFree(int first, int count) {
        for (int port = first; port < first + count; port++) {
            try (ServerSocket ignored = new ServerSocket(port)) {
                // free
            } catch (IOException taken) {
                return false;
            }
        }
        return true;
    }
}
