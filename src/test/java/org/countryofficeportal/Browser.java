package org.countryofficeportal;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver: nothing is downloaded at run time.
 * Each browser gets a fresh profile directory.
 * <p>
 * The browser is Chromium's headless shell (Debian's chromium-headless-shell), the build Chromium makes for automated
 * tests: the same engine (Blink, V8, the network stack, service workers, DevTools) without the desktop browser around
 * it. Measured on this project's pages it starts in half the time and shows a page for about 40% less CPU than the
 * full browser in its headless mode, and the browser was a third of the test run's CPU.
 */
public final class Browser {

    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final Path HEADLESS_SHELL = Path.of("/usr/bin/chromium-headless-shell");
    /**
     * The headless shell with a first page: unlike the full browser it opens none by itself, chromedriver then finds no
     * page to drive, and chromedriver passes on no bare address argument. A script under target/ adds about:blank.
     */
    private static final Path HEADLESS_SHELL_WITH_A_PAGE = Path.of("target", "chromium", "headless-shell");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private Browser() {
    }

    public static WebDriver start() throws IOException {
        return start(options());
    }

    /** The options every browser of the tests starts with, for a test to add its own (a phone's screen, languages). */
    public static ChromeOptions options() throws IOException {
        if (!CHROMEDRIVER.canExecute() || !Files.isExecutable(HEADLESS_SHELL)) {
            throw new IllegalStateException("browser tests need Debian's chromium-headless-shell and chromium-driver"
                    + " (apt-get install -y chromium-headless-shell chromium-driver)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(headlessShellWithAPage().toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        // What the page's console says (a refusal by the Content-Security-Policy, a script error), for tests to read.
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        return options;
    }

    private static synchronized Path headlessShellWithAPage() throws IOException {
        if (!Files.isExecutable(HEADLESS_SHELL_WITH_A_PAGE)) {
            Files.createDirectories(HEADLESS_SHELL_WITH_A_PAGE.getParent());
            Files.writeString(HEADLESS_SHELL_WITH_A_PAGE, "#!/bin/sh\nexec " + HEADLESS_SHELL + " \"$@\" about:blank\n");
            Files.setPosixFilePermissions(HEADLESS_SHELL_WITH_A_PAGE, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        return HEADLESS_SHELL_WITH_A_PAGE.toAbsolutePath();
    }

    public static ChromeDriver start(ChromeOptions options) {
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /**
     * What the pages the browser showed since the last call said in their console that is a problem: scripts that
     * failed, and anything the Content-Security-Policy refused. (The icon the browser asks for by itself is not the
     * pages' doing.)
     */
    public static List<String> consoleProblems(WebDriver driver) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue()
                        || entry.getMessage().contains("Content Security Policy"))
                .map(LogEntry::getMessage)
                .filter(message -> !message.contains("/favicon.ico"))
                .toList();
    }

    /** The WCAG 2.1 A and AA rules, as axe-core tags them: what every page of the portal meets. */
    public static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /** Those, and axe-core's best practices (headings in order, landmarks): what the site and the back office meet. */
    public static final List<String> WCAG_21_AA_AND_BEST_PRACTICES = Stream.concat(WCAG_21_AA.stream(),
            Stream.of("best-practice")).toList();

    /**
     * The rules among those tagged that the page in the browser breaks, as axe-core finds them. Axe runs in the page
     * itself (its "legacy" mode: the portal's pages have no frames from other sites, for which the other mode opens a
     * window of its own and injects axe a second time) and lists the elements of broken rules only: the same findings
     * for less work in each page.
     */
    public static List<Rule> accessibilityViolations(WebDriver driver, List<String> tags) {
        AxeRunOptions violationsOnly = new AxeRunOptions();
        violationsOnly.setResultTypes(List.of("violations"));
        // The tags after the options: they go into them.
        return new AxeBuilder().withOptions(violationsOnly).withTags(tags).setLegacyMode(true).analyze(driver).getViolations();
    }

    /** Saves what the reader sees at this size under target/screenshots, for review. */
    public static void screenshot(WebDriver driver, String name, int width, int height) throws IOException {
        driver.manage().window().setSize(new Dimension(width, height));
        screenshot(driver, name + "-" + width + "x" + height);
    }

    /** Saves what the reader sees, at the browser's size, under target/screenshots. */
    public static void screenshot(WebDriver driver, String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
