package org.countryofficeportal.reader;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reader app's service worker keeps the whole shell and changes whenever the shell does: otherwise a phone
 * keeps an old shell, or opens offline without a module it needs.
 */
class AppShellTest {

    static final Path APP = Path.of("webapp", "app");
    private static final Pattern VERSION = Pattern.compile("const VERSION = '([^']*)';");
    private static final Pattern SHELL = Pattern.compile("const SHELL = \\[([^]]*)];");
    private static final Pattern QUOTED = Pattern.compile("'([^']+)'");
    private static final Set<String> CODE = Set.of("html", "css", "js", "webmanifest");

    @Test
    void theServiceWorkerPrecachesEveryFileOfTheShellAndNothingThatIsMissing() throws IOException {
        Set<String> precached = new TreeSet<>(shell());
        precached.forEach(path -> assertTrue(Files.isRegularFile(file(path)), "sw.js precaches a missing file: " + path));
        try (Stream<Path> files = Files.walk(APP)) {
            Set<String> code = files.filter(Files::isRegularFile).map(path -> APP.relativize(path).toString().replace('\\', '/'))
                    .filter(path -> CODE.contains(path.substring(path.lastIndexOf('.') + 1)) && !path.equals("sw.js"))
                    .map(path -> path.equals("index.html") ? "./" : path)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertTrue(precached.containsAll(code), "sw.js does not precache " + code.stream().filter(p -> !precached.contains(p)).toList());
        }
    }

    @Test
    void theServiceWorkerVersionIsTheDigestOfTheShell() {
        String expected = digest(shell());
        assertEquals(expected, match(VERSION, serviceWorker()).group(1),
                "a shell file changed: set VERSION in webapp/app/sw.js to '" + expected + "', so that phones install the new shell");
    }

    /** The shell's files as sw.js lists them, './' standing for index.html. */
    static List<String> shell() {
        return QUOTED.matcher(match(SHELL, serviceWorker()).group(1)).results().map(found -> found.group(1)).toList();
    }

    static Path file(String path) {
        return APP.resolve(path.equals("./") ? "index.html" : path);
    }

    private static String digest(List<String> paths) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            for (String path : paths) {
                sha256.update(path.getBytes(StandardCharsets.UTF_8));
                sha256.update((byte) 0);
                sha256.update(Files.readAllBytes(file(path)));
            }
            return HexFormat.of().formatHex(sha256.digest()).substring(0, 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String serviceWorker() {
        try {
            return Files.readString(APP.resolve("sw.js"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Matcher match(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertTrue(matcher.find(), "sw.js has no " + pattern);
        return matcher;
    }
}
