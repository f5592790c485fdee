package org.countryofficeportal.platform;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The portal started the way the run script starts it: the built WAR on the Payara Micro jar, as a separate
 * process, for tests about the process itself (restarts, what lands on disk). Arquillian covers the rest.
 */
final class PayaraMicroProcess implements AutoCloseable {

    private static final Duration BOOT_LIMIT = Duration.ofMinutes(4);

    private final Process process;
    private final int port;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private PayaraMicroProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts the portal with the given environment and waits until it reports ready. */
    static PayaraMicroProcess start(Map<String, String> environment, Path log) throws IOException, InterruptedException {
        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder(List.of(
                javaExecutable(), "-Xmx512m", "-jar", property("payara.microJar"),
                "--deploy", property("portal.war"), "--contextroot", "/",
                "--port", String.valueOf(port),
                "--prebootcommandfile", property("portal.preboot"),
                "--nohazelcast"))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        PayaraMicroProcess started = new PayaraMicroProcess(builder.start(), port, log);
        started.awaitReady();
        return started;
    }

    String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode() + " " + response.body();
    }

    String log() throws IOException {
        return Files.readString(log);
    }

    private void awaitReady() throws InterruptedException, IOException {
        Instant limit = Instant.now().plus(BOOT_LIMIT);
        while (Instant.now().isBefore(limit)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited with " + process.exitValue() + ":\n" + log());
            }
            try {
                // The portal's own check must be there: Payara answers /health/ready without the app too.
                String readiness = get("/health/ready");
                if (readiness.startsWith("200 ") && readiness.contains("\"name\":\"content\"")) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // keep polling until the limit
            }
            Thread.sleep(250);
        }
        close();
        throw new IllegalStateException("Payara Micro was not ready within " + BOOT_LIMIT + ":\n" + log());
    }

    /** Stops the process as an operator would (SIGTERM), so that it shuts down cleanly. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null || !new File(value).exists()) {
            throw new IllegalStateException("system property " + name + " must name an existing file (set by failsafe), not " + value);
        }
        return value;
    }
}
