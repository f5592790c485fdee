package org.countryofficeportal;

import org.countryofficeportal.reader.AndroidAppConfig;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.TimeoutException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One portal process for every HTTP and browser test class that registers this extension
 * ({@code @ExtendWith(SharedPortal.class)}, then {@link #base()} for its address): the test WAR started once, at the
 * first such class, on Payara Micro as arquillian.xml starts it, and stopped when the test run ends. Before each class
 * the portal is reset to a new installation's state ({@link PortalReset}): a reset takes a second where a boot takes
 * twenty.
 * <p>
 * The portal has a database of its own ({@link TestDatabase#SHARED}): the classes with portals of their own run beside
 * the shared ones on theirs ({@link IntegrationRun}). Should the process stop, the next class starts it anew.
 */
public final class SharedPortal implements BeforeAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedPortal.class);
    private static final Path DIRECTORY = Path.of("target", "shared-portal").toAbsolutePath();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final int LOG_TAIL_LINES = 80;
    /**
     * The portals the tests start run the quick compiler alone, as config/portal.sh does (arquillian.xml): their boots
     * are most of their work. This one serves every browser test, minutes of pages and about a hundred sign-ins, whose
     * password hashes take three times as long without the optimising compiler.
     */
    private static final String BOTH_COMPILERS = "-XX:TieredStopAtLevel=4";

    private static volatile Running current;

    /** The address of the shared portal, ending in a slash, for the class that is running. */
    public static URL base() {
        Running portal = current;
        if (portal == null) {
            throw new IllegalStateException("no shared portal: register @ExtendWith(SharedPortal.class) on the test class");
        }
        return portal.base;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        ExtensionContext.Store store = context.getRoot().getStore(NAMESPACE);
        Running portal = store.getOrComputeIfAbsent(Running.class, key -> Running.start(1), Running.class);
        if (!portal.isAlive()) {
            store.remove(Running.class);
            portal.close();
            portal = Running.start(portal.startNumber + 1);
            store.put(Running.class, portal);
        }
        if (!portal.justStarted) {
            portal.reset();
        }
        portal.justStarted = false;
        current = portal;
    }

    /** A started portal process: its address, its log, and the database state it was started on. */
    private static final class Running implements ExtensionContext.Store.CloseableResource {

        private final Process process;
        /** What the readiness check last answered while the portal started, for the message if it never becomes ready. */
        private String lastAnswer = "no answer";
        private final URL base;
        private final Path log;
        private final int startNumber;
        private final Thread stopAtExit;
        /** A process just started is in a new installation's state already. */
        private boolean justStarted = true;

        private Running(Process process, URL base, Path log, int startNumber) {
            this.process = process;
            this.base = base;
            this.log = log;
            this.startNumber = startNumber;
            this.stopAtExit = new Thread(this::stop, "stop the shared portal");
            Runtime.getRuntime().addShutdownHook(stopAtExit);
        }

        /** Exports the test WAR, empties its database, starts Payara Micro on a free port and waits until it is ready. */
        static Running start(int startNumber) {
            try {
                Files.createDirectories(DIRECTORY);
                Path war = DIRECTORY.resolve("portal.war");
                testArchive().as(ZipExporter.class).exportTo(war.toFile(), true);
                TestDatabase.SHARED.empty();
                int port = freePort();
                Path log = DIRECTORY.resolve("payara-" + startNumber + ".log");
                ContainerOptions options = ContainerOptions.fromArquillianXml();
                List<String> command = new ArrayList<>();
                command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
                command.addAll(options.cmdOptions());
                command.add(BOTH_COMPILERS);
                command.addAll(List.of("-jar", options.microJar(), "--deploy", war.toString(), "--port", String.valueOf(port),
                        "--nocluster"));
                command.addAll(options.extraMicroOptions());
                System.out.println("Starting the shared portal (log: " + log + "): " + String.join(" ", command));
                Process process = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(log.toFile()).start();
                Running portal = new Running(process, new URL("http://localhost:" + port + "/"), log, startNumber);
                portal.awaitReady(Duration.ofSeconds(options.startupTimeoutSeconds()));
                return portal;
            } catch (IOException e) {
                throw new UncheckedIOException("could not start the shared portal", e);
            } catch (SQLException e) {
                throw new IllegalStateException("could not empty the test database for the shared portal", e);
            }
        }

        /** The WAR every client-side test class used to deploy: the test fixtures and the Android app's settings. */
        private static WebArchive testArchive() {
            return Deployments.archive(TestFixtures.class, TestFixtures.Writes.class, PortalReset.class,
                            OpenSessions.class, AndroidAppConfig.class)
                    .addAsResource(new StringAsset(AndroidAppConfig.class.getName()),
                            "META-INF/services/" + ConfigSource.class.getName());
        }

        /** Ready: the portal's readiness check answers, and says the seed content is in. */
        private void awaitReady(Duration within) {
            try {
                new FluentWait<>(this).withTimeout(within).pollingEvery(Duration.ofMillis(500)).until(Running::answersReady);
            } catch (TimeoutException notReady) {
                stop();
                throw new IllegalStateException("the shared portal was not ready within " + within.toSeconds()
                        + " s (last answer from " + base + "health/ready: " + lastAnswer + ")" + logTail());
            }
        }

        private boolean answersReady() {
            if (!process.isAlive()) {
                throw new IllegalStateException("the shared portal stopped while starting (exit code "
                        + process.exitValue() + ")" + logTail());
            }
            try {
                HttpResponse<String> ready = HTTP.send(HttpRequest.newBuilder(base.toURI().resolve("health/ready"))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
                lastAnswer = ready.statusCode() + " " + ready.body();
                return ready.statusCode() == 200 && ready.body().contains("\"content\"");
            } catch (ConnectException notListeningYet) {
                lastAnswer = "not listening yet";
            } catch (IOException e) {
                lastAnswer = e.toString();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return false;
        }

        /** Whether the process still runs (a class may have stopped it: it is started anew then). */
        boolean isAlive() {
            if (!process.isAlive()) {
                System.out.println("The shared portal has stopped (exit code " + process.exitValue() + "): starting it anew"
                        + logTail());
                return false;
            }
            return true;
        }

        void reset() throws Exception {
            Instant started = Instant.now();
            HttpResponse<String> reset = HTTP.send(HttpRequest.newBuilder(base.toURI().resolve("test-fixtures/reset"))
                    .POST(HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(120)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (reset.statusCode() != 204) {
                throw new IllegalStateException("the shared portal could not be reset: " + reset.statusCode() + " "
                        + reset.body() + logTail());
            }
            System.out.println("The shared portal was reset to a new installation's state in "
                    + Duration.between(started, Instant.now()).toMillis() + " ms");
        }

        @Override
        public void close() {
            stop();
            try {
                Runtime.getRuntime().removeShutdownHook(stopAtExit);
            } catch (IllegalStateException alreadyShuttingDown) {
                // the hook runs anyway, and finds the process stopped
            }
        }

        private void stop() {
            process.destroy();
            try {
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }

        private String logTail() {
            try {
                List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
                return "\n--- last lines of " + log + " ---\n"
                        + String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
            } catch (IOException | UncheckedIOException e) {
                return " (its log, " + log + ", could not be read: " + e + ")";
            }
        }

        private static int freePort() throws IOException {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            }
        }
    }

    /**
     * What arquillian.xml tells the payara-micro-managed container, with its ${...} system properties filled in: the
     * shared portal is started exactly as the Arquillian classes' portals are, but on a database of its own (the
     * placeholder of Arquillian's database port is filled with the shared one's, {@link TestDatabase}).
     */
    private record ContainerOptions(Map<String, String> properties) {

        private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]+)}");

        static ContainerOptions fromArquillianXml() {
            try (InputStream xml = SharedPortal.class.getResourceAsStream("/arquillian.xml")) {
                if (xml == null) {
                    throw new IllegalStateException("arquillian.xml is not on the test class path");
                }
                NodeList properties = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml)
                        .getElementsByTagName("property");
                Map<String, String> values = new HashMap<>();
                for (int i = 0; i < properties.getLength(); i++) {
                    Element property = (Element) properties.item(i);
                    values.put(property.getAttribute("name"), substitute(property.getTextContent().trim()));
                }
                return new ContainerOptions(values);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (Exception e) {
                throw new IllegalStateException("could not read arquillian.xml", e);
            }
        }

        String microJar() {
            return required("microJar");
        }

        List<String> cmdOptions() {
            return words(required("cmdOptions"));
        }

        List<String> extraMicroOptions() {
            return words(required("extraMicroOptions"));
        }

        long startupTimeoutSeconds() {
            return Long.parseLong(required("startupTimeoutInSeconds"));
        }

        private String required(String name) {
            String value = properties.get(name);
            if (value == null || value.isBlank()) {
                throw new IllegalStateException("arquillian.xml sets no " + name);
            }
            return value;
        }

        private static List<String> words(String options) {
            return Arrays.stream(options.split("\\s+")).filter(word -> !word.isEmpty()).toList();
        }

        private static String substitute(String value) {
            Matcher placeholder = PLACEHOLDER.matcher(value);
            StringBuilder filled = new StringBuilder();
            while (placeholder.find()) {
                String name = placeholder.group(1).equals(TestDatabase.ARQUILLIAN.portProperty)
                        ? TestDatabase.SHARED.portProperty : placeholder.group(1);
                String property = System.getProperty(name);
                if (property == null) {
                    throw new IllegalStateException("arquillian.xml needs the system property " + name
                            + " (failsafe sets it)");
                }
                placeholder.appendReplacement(filled, Matcher.quoteReplacement(property));
            }
            return placeholder.appendTail(filled).toString();
        }
    }
}
