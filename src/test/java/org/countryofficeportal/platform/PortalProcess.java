package org.countryofficeportal.platform;

import org.countryofficeportal.BackOffice;
import org.countryofficeportal.TestDatabase;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The portal as README command 1 runs it once built: {@code config/portal.sh} over a data directory of its own,
 * with the portal's own PostgreSQL cluster there. For tests of the process and its store: restarts, kills, a
 * graceful stop, backups. Arquillian covers the rest.
 */
final class PortalProcess implements AutoCloseable {

    /** The JVM options of the portals the tests start (failsafe's portal.jvmOptions; arquillian.xml reads the same). */
    static final String JVM_OPTIONS = System.getProperty("portal.jvmOptions");
    private static final Duration BOOT_LIMIT = Duration.ofMinutes(4);

    private final Process script;
    private final Installation installation;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** A data directory and the ports of one installation: the portal's and its database's. */
    record Installation(Path dataDir, int port, int databasePort) {

        static Installation fresh(Path dataDir) throws IOException {
            delete(dataDir);
            Files.createDirectories(dataDir);
            return new Installation(dataDir.toAbsolutePath(), freePort(), freePort());
        }

        String base() {
            return "http://127.0.0.1:" + port;
        }

        Path database() {
            return dataDir.resolve("postgresql");
        }

        /** The database directly (it must be running), as the portal's own role. */
        Connection connect() throws SQLException, IOException {
            return TestDatabase.connect(databasePort, Files.readString(database().resolve("password")));
        }

        /** Runs config/postgres.sh with this installation's database directory and port, and the given arguments. */
        String postgres(String command, String... more) throws IOException, InterruptedException {
            List<String> arguments = new ArrayList<>(List.of(script("postgres.sh"), command, database().toString()));
            if (!command.equals("down")) {
                arguments.add(String.valueOf(databasePort));
            }
            arguments.addAll(List.of(more));
            Process process = new ProcessBuilder(arguments).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(3, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException("config/postgres.sh " + String.join(" ", arguments) + " failed:\n" + output);
            }
            return output;
        }
    }

    private PortalProcess(Process script, Installation installation, Path log) {
        this.script = script;
        this.installation = installation;
        this.log = log;
    }

    /** Starts config/portal.sh; {@link #awaitReady} or {@link #awaitExit} tells how it went. */
    static PortalProcess launch(Installation installation, String logName) throws IOException {
        Path log = installation.dataDir().resolve(logName);
        ProcessBuilder builder = new ProcessBuilder(script("portal.sh"))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().remove("DB_URL");
        builder.environment().put("PORT", String.valueOf(installation.port()));
        builder.environment().put("OFFICE_DATA_DIR", installation.dataDir().toString());
        builder.environment().put("OFFICE_DB_PORT", String.valueOf(installation.databasePort()));
        builder.environment().put("OFFICE_ADMIN_PASSWORD", BackOffice.ADMIN_PASSWORD);
        builder.environment().put("JAVA_OPTS", JVM_OPTIONS);
        return new PortalProcess(builder.start(), installation, log);
    }

    /** Starts config/portal.sh and waits until it says the portal is running. */
    static PortalProcess start(Installation installation, String logName) throws IOException, InterruptedException {
        PortalProcess started = launch(installation, logName);
        started.awaitReady();
        return started;
    }

    void awaitReady() throws IOException, InterruptedException {
        Instant limit = Instant.now().plus(BOOT_LIMIT);
        while (Instant.now().isBefore(limit)) {
            if (!script.isAlive()) {
                throw new IllegalStateException("config/portal.sh exited with " + script.exitValue() + ":\n" + output());
            }
            if (output().contains("Country Office Portal is running at")) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the portal was not ready within " + BOOT_LIMIT + ":\n" + output());
    }

    /** Waits for the script to end by itself; its exit status. */
    int awaitExit() throws InterruptedException {
        if (!script.waitFor(BOOT_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
            throw new IllegalStateException("config/portal.sh still runs after " + BOOT_LIMIT);
        }
        return script.exitValue();
    }

    boolean isAlive() {
        return script.isAlive();
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(installation.base() + path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    String output() throws IOException {
        return Files.readString(log);
    }

    /** What an out-of-memory killer does: SIGKILL to the Java process alone. The script then stops the database. */
    void killJava() throws InterruptedException {
        List<ProcessHandle> java = script.descendants().filter(process -> process.info().command()
                .map(command -> command.endsWith("/java")).orElse(false)).toList();
        if (java.isEmpty()) {
            throw new IllegalStateException("no Java process under config/portal.sh");
        }
        java.forEach(ProcessHandle::destroyForcibly);
        script.waitFor();
    }

    /** What a power cut does: SIGKILL, at once, to the script, Java and every process of the database. */
    void cutThePower() throws IOException, InterruptedException {
        List<ProcessHandle> everything = new ArrayList<>();
        Path pidFile = installation.database().resolve("data").resolve("postmaster.pid");
        if (Files.exists(pidFile)) {
            ProcessHandle.of(Long.parseLong(Files.readAllLines(pidFile).get(0).strip())).ifPresent(postmaster -> {
                everything.add(postmaster);
                postmaster.descendants().forEach(everything::add);
            });
        }
        everything.add(script.toHandle());
        script.descendants().forEach(everything::add);
        everything.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle process : everything) {
            process.onExit().join();
        }
    }

    /** Stops the portal as an operator or a supervisor would: SIGTERM to the script. */
    @Override
    public void close() throws InterruptedException {
        if (script.isAlive()) {
            script.destroy();
            if (!script.waitFor(2, TimeUnit.MINUTES)) {
                script.descendants().forEach(ProcessHandle::destroyForcibly);
                script.destroyForcibly().waitFor();
            }
        }
    }

    /** Deletes a directory and everything in it, if it is there. */
    static void delete(Path directory) throws IOException {
        try (Stream<Path> old = Files.exists(directory) ? Files.walk(directory) : Stream.empty()) {
            old.sorted((a, b) -> b.compareTo(a)).forEach(path -> path.toFile().delete());
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String script(String name) {
        return Path.of("config", name).toAbsolutePath().toString();
    }
}
