package org.countryofficeportal.reader;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import javax.imageio.ImageIO;
import nu.validator.client.EmbeddedValidator;
import org.countryofficeportal.BackOffice;
import org.countryofficeportal.Browser;
import org.countryofficeportal.SharedPortal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reader app at /app/ on a phone: Debian's Chromium emulating a 390 px Android phone, reaching the portal through
 * a network the test can cut ({@link Relay}). Each test starts a new phone: nothing kept from another test.
 */
@ExtendWith(SharedPortal.class)
class ReaderAppIT {

    /** What the issue allows the shell (HTML, scripts, style sheet, manifest; no icons, no fonts) on the wire. */
    private static final long SHELL_BUDGET_BYTES = 60 * 1024;
    private static final String PHONE = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko)"
            + " Chrome/156.0.0.0 Mobile Safari/537.36";
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final String PAKISTAN = "ILO Country Office for Pakistan";
    private static final String OPENED_BEFORE = "Pakistan launches National Coalition for Social Justice";
    private static final String OLDEST = "Piloting national skills passport in Pakistan";
    private static final Set<String> SKILLS_PASSPORT = Set.of(
            "ILO and EFP award 150 national skills passports to aspiring migrant workers",
            "Empowering migrant workers through the National Skills Passport initiative", OLDEST);
    private static final String URDU_TITLE = "پاکستان میں مناسب کام کے لیے نئی شراکت";

    private final URL base = SharedPortal.base();

    private Relay network;
    private ChromeDriver phone;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void newPhone() throws IOException {
        network = new Relay(base);
        phone = phone("en-GB,en");
    }

    @AfterEach
    void putThePhoneAway() {
        phone.quit();
        network.close();
    }

    @Test
    void theAppIsInstallableItsServiceWorkerControlsThePageAndItsShellIsLight() throws Exception {
        open("/app/");
        awaitHeading("Choose an office");
        // Read in one go: the list may be drawn again (after the app's first sync) between two reads.
        List<String> offices = List.of(PAKISTAN, "ILO Decent Work Technical Support Team and Country Office for Eastern Europe and Central Asia",
                "ILO National Coordinator in Tajikistan").stream().sorted().toList();
        until("the three offices listed: " + offices, () -> texts(".offices strong").stream().sorted().toList().equals(offices));

        @SuppressWarnings("unchecked")
        Map<String, Number> shell = (Map<String, Number>) phone.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch('sw.js', {cache: 'no-store'}).then(response => response.text()).then(() => done(Object.fromEntries(
                    [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
                        .filter(entry => /^\\/app\\/(.*\\.(js|css))?$/.test(new URL(entry.name).pathname))
                        .map(entry => [new URL(entry.name).pathname, entry.transferSize]))));""");
        long onTheWire = shell.values().stream().mapToLong(Number::longValue).sum();
        long compressed = 0;
        for (String path : shell.keySet()) {
            compressed += gzipped(get(path).body().getBytes(StandardCharsets.UTF_8));
        }
        System.out.printf("Reader app shell, first visit: %d files, %,d bytes on the wire as served, %,d bytes of them gzip-compressed"
                + " (budget %,d)%n", shell.size(), onTheWire, compressed, SHELL_BUDGET_BYTES);
        assertEquals(Set.of("/app/", "/app/app.css", "/app/sw.js", "/app/js/main.js", "/app/js/data.js", "/app/js/i18n.js",
                "/app/js/dom.js", "/app/js/screens.js"), shell.keySet());
        assertTrue(onTheWire <= SHELL_BUDGET_BYTES, "shell on the wire: " + onTheWire + " bytes");

        until("the service worker controls the page", () -> (Boolean) js("return navigator.serviceWorker.controller !== null"));
        assertEquals(network.base() + "/app/sw.js", js("return navigator.serviceWorker.controller.scriptURL"));
        Map<String, Object> installability = phone.executeCdpCommand("Page.getInstallabilityErrors", Map.of());
        assertEquals(List.of(), installability.get("installabilityErrors"), "Chrome's installability errors");
        Map<String, Object> manifest = phone.executeCdpCommand("Page.getAppManifest", Map.of());
        assertEquals(List.of(), manifest.get("errors"), "errors Chrome found in the manifest");

        JsonObject parsed = json(get("/app/manifest.webmanifest").body());
        assertEquals("/app/", parsed.getString("start_url"));
        assertEquals("/app/", parsed.getString("scope"));
        assertEquals("standalone", parsed.getString("display"));
        assertEquals("en", parsed.getString("lang"));
        assertEquals("ltr", parsed.getString("dir"));
        assertFalse(parsed.getString("name").isBlank() || parsed.getString("short_name").isBlank()
                || parsed.getString("theme_color").isBlank() || parsed.getString("background_color").isBlank());
        Set<String> maskable = new HashSet<>();
        for (JsonObject icon : parsed.getJsonArray("icons").getValuesAs(JsonObject.class)) {
            BufferedImage image = ImageIO.read(portal(icon.getString("src")).toURL());
            assertEquals(icon.getString("sizes"), image.getWidth() + "x" + image.getHeight(), icon.getString("src"));
            assertEquals("image/png", icon.getString("type"));
            if (icon.getString("purpose").contains("maskable")) {
                maskable.add(icon.getString("sizes"));
            }
        }
        assertEquals(Set.of("192x192", "512x512"), parsed.getJsonArray("icons").getValuesAs(JsonObject.class).stream()
                .map(icon -> icon.getString("sizes")).collect(Collectors.toSet()));
        assertFalse(maskable.isEmpty(), "a maskable icon");

        for (String path : List.of("/app/", "/app/js/main.js", "/app/sw.js", "/app/manifest.webmanifest")) {
            String policy = get(path).headers().firstValue("Content-Security-Policy").orElse("");
            for (String directive : List.of("default-src 'none'", "script-src 'self';", "connect-src 'self';", "worker-src 'self';",
                    "manifest-src 'self';", "frame-ancestors 'none'")) {
                assertTrue(policy.contains(directive), path + " has " + directive + ": " + policy);
            }
            assertFalse(policy.contains("unsafe-inline") || policy.contains("unsafe-eval") || policy.contains("*"), path + ": " + policy);
        }
        String sitePolicy = get("/").headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(sitePolicy.startsWith("default-src 'none'") && !sitePolicy.contains("script-src"), "the public site runs no script: " + sitePolicy);

        HttpResponse<String> assetLinks = get("/.well-known/assetlinks.json");
        assertEquals(200, assetLinks.statusCode());
        assertTrue(assetLinks.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonObject target = Json.createReader(new StringReader(assetLinks.body())).readArray().getJsonObject(0).getJsonObject("target");
        assertEquals(AndroidAppConfig.PACKAGE, target.getString("package_name"));
        assertEquals(List.of(AndroidAppConfig.FINGERPRINT), target.getJsonArray("sha256_cert_fingerprints").getValuesAs(JsonString::getString));
    }

    @Test
    void offlineTheAppOpensListsAndOpensTheReleasesItHasSeenAndSaysWhenItLastSynced() throws Exception {
        open("/app/?office=pakistan");
        awaitHeading(PAKISTAN);
        awaitSync();
        click("All press releases");
        awaitHeading("Press releases");
        until("20 releases listed", () -> titles().size() == 20);
        click(OPENED_BEFORE);
        awaitHeading(OPENED_BEFORE);
        assertEquals("2024-02-20", attribute("article time", "datetime"));
        until("the service worker controls the page", () -> (Boolean) js("return navigator.serviceWorker.controller !== null"));

        network.cut();
        phone.navigate().refresh();
        awaitHeading(OPENED_BEFORE);
        until("the app says it is offline", () -> text(".sync-state").startsWith("You are offline. Last updated"));
        assertFalse(attribute(".sync-state time", "datetime").isBlank(), "when it last synced");

        open("/app/?office=pakistan&screen=releases");
        awaitHeading("Press releases");
        until("the releases on the phone listed", () -> titles().size() == 20);
        assertEquals(OLDEST, titles().get(19));
        Browser.screenshot(phone, "app-releases-offline-390");
        click(OLDEST);
        awaitHeading(OLDEST);

        open("/app/?office=pakistan&screen=releases");
        awaitHeading("Press releases");
        search("skills passport");
        awaitHeading("Results for “skills passport”");
        until("the saved releases searched", () -> Set.copyOf(titles()).equals(SKILLS_PASSPORT));
        assertTrue(text("main").contains("Searching the releases saved on this phone."));

        network.resume();
        phone.findElement(By.cssSelector(".refresh")).click();
        until("online again", () -> !attribute(".sync-bar", "class").contains("offline"));
    }

    @Test
    void aReleasePublishedInTheBackOfficeAppearsAfterASyncAndOneDeletedDisappears() throws Exception {
        String title = "Apprentices in Sialkot learn to stitch footballs";
        open("/app/?office=pakistan&screen=releases");
        awaitHeading("Press releases");
        awaitSync();
        until("the seed releases listed", () -> titles().size() == 20);

        WebDriver desk = Browser.start();
        try {
            BackOffice staff = new BackOffice(desk, base).logInAsAdmin().open("/admin/release.xhtml");
            desk.findElement(By.cssSelector("[id='release:office'] option[value='pakistan']")).click();
            staff.type("release:slug", "app-sync-release").type("release:title", title)
                    .type("release:summary", "Twenty apprentices finished their first season.")
                    .typeHtml("release:body", "<p>The workshop <strong>opened</strong> in March.</p><script>alert('x')</script>")
                    .press("release:save");
            desk.findElement(By.id("release:image")).sendKeys(picture().toString());
            staff.type("release:alt", "Two apprentices at a workbench").type("release:imageCredit", "© ILO 2025").press("release:upload");
            staff.press("release:publish");
            assertTrue(staff.messages().toString().contains("Published"), staff.messages().toString());

            // The office's home lists its latest releases as the phone's synced copy has them.
            open("/app/?office=pakistan");
            awaitHeading(PAKISTAN);
            refreshUntil("the new release first among the latest", () -> !titles().isEmpty() && titles().get(0).equals(title));
            click(title);
            awaitHeading(title);
            assertEquals("Two apprentices at a workbench", attribute(".release-image img", "alt"));
            until("the image shown", () -> (Boolean) js("const image = document.querySelector('.release-image img');"
                    + " return image.complete && image.naturalWidth === 64"));
            assertTrue(text(".release-image figcaption").contains("© ILO 2025"));
            assertEquals(LocalDate.now(ZoneId.of("Asia/Karachi")).toString(), attribute("article time", "datetime"));
            assertEquals("opened", text(".body strong"));
            assertEquals(0L, js("return document.querySelectorAll('main script').length"));
            assertNoAccessibilityViolation("release with image");
            Browser.screenshot(phone, "app-release-390");

            staff.open("/admin/release.xhtml?slug=app-sync-release").press("release:askToDelete").press("release:confirmDelete");
            assertTrue(staff.messages().toString().contains("Deleted"), staff.messages().toString());
        } finally {
            desk.quit();
        }
        open("/app/?office=pakistan");
        awaitHeading(PAKISTAN);
        refreshUntil("the deleted release gone from the latest", () -> titles().size() == 5 && !titles().contains(title));

        network.cut();
        open("/app/?office=pakistan&screen=releases");
        until("offline", () -> text(".sync-state").startsWith("You are offline."));
        until("the phone's own copy listed", () -> titles().size() == 20);
        assertFalse(titles().contains(title), "the sync dropped the deleted release from the phone");
        open("/app/?office=pakistan&release=app-sync-release");
        until("the deleted release is not on the phone", () -> text("main").contains("This release is not saved on this phone yet."));
    }

    @Test
    void aRefreshWithNothingChangedGetsOnly304sFromTheApi() throws Exception {
        open("/app/?office=pakistan&screen=releases");
        awaitHeading("Press releases");
        until("the releases listed", () -> titles().size() == 20);
        awaitSync();
        // The first sync with a token is the first to ask that question: its answer's ETag is what later syncs send.
        refresh();

        js("performance.clearResourceTimings()");
        phone.navigate().refresh();
        awaitHeading("Press releases");
        List<String> reload = apiRequests(2);
        assertTrue(reload.stream().allMatch(request -> request.startsWith("304 ")), "reloading: " + reload);
        assertTrue(reload.stream().anyMatch(request -> request.contains("/api/v1/releases/changes?lang=en&since=")), reload.toString());
        assertTrue(reload.stream().anyMatch(request -> request.contains("/api/v1/offices/pakistan/releases?lang=en")), reload.toString());

        js("performance.clearResourceTimings()");
        refresh();
        List<String> refreshed = apiRequests(2);
        assertTrue(refreshed.stream().allMatch(request -> request.startsWith("304 ")), "refreshing: " + refreshed);

        click("Home");
        awaitHeading(PAKISTAN);
        js("performance.clearResourceTimings()");
        refresh();
        List<String> home = apiRequests(2);
        assertTrue(home.stream().allMatch(request -> request.startsWith("304 ")), "refreshing the office's home: " + home);
        assertTrue(home.stream().anyMatch(request -> request.contains("/api/v1/offices/pakistan?lang=en")), home.toString());
    }

    @Test
    void urduIsRightToLeftInNastaliqContentFallsBackAndTheAppFollowsThePhonesLanguage() throws Exception {
        fixture("/test-fixtures/releases?office=pakistan&slug=app-urdu-release&published="
                + URLEncoder.encode("2025-01-15T09:00:00+05:00", StandardCharsets.UTF_8)
                + "&urduTitle=" + URLEncoder.encode(URDU_TITLE, StandardCharsets.UTF_8));
        open("/app/?office=pakistan&screen=releases");
        awaitHeading("Press releases");
        until("the new release listed", () -> titles().contains("Title of app-urdu-release"));

        phone.findElement(By.cssSelector("button[data-language='ur']")).click();
        until("the interface right to left", () -> "rtl".equals(attribute("html", "dir")));
        assertEquals("ur", attribute("html", "lang"));
        awaitHeading("پریس ریلیزیں");
        assertEquals("rtl", js("return getComputedStyle(document.querySelector('main')).direction"));
        until("the release in Urdu", () -> !titles().isEmpty() && titles().get(0).equals(URDU_TITLE));
        assertEquals("ur", attribute(".releases li:nth-child(1)", "lang"));
        assertEquals("rtl", attribute(".releases li:nth-child(1)", "dir"));
        assertTrue(((String) js("return getComputedStyle(document.querySelector('.releases li :is(h2, h3)')).fontFamily")).startsWith("\"Noto Nastaliq Urdu\""));
        assertEquals("en", attribute(".releases li:nth-child(2)", "lang"), "a release without Urdu text falls back to its own language");
        assertEquals("ltr", attribute(".releases li:nth-child(2)", "dir"));
        assertEquals("سرورق", text(".tabs a[data-tab='home']"));

        phone.navigate().refresh();
        awaitHeading("پریس ریلیزیں");
        assertEquals("rtl", attribute("html", "dir"), "the reader's choice is kept");
        click(URDU_TITLE);
        awaitHeading(URDU_TITLE);
        assertEquals("ur", attribute("article", "lang"));
        assertEquals("English", text(".translations a"), "the other language, by its own name");
        Browser.screenshot(phone, "app-release-urdu-390");

        ChromeDriver russianPhone = phone("ru-RU,ru");
        try {
            russianPhone.get(network.base() + "/app/");
            new WebDriverWait(russianPhone, PATIENCE).withMessage("the picker in Russian").until(driver -> "Выберите бюро".equals(
                    russianPhone.executeScript("return document.querySelector('main h1')?.innerText")));
            assertEquals("ru", russianPhone.executeScript("return document.documentElement.lang"));
            assertEquals("true", russianPhone.executeScript("return document.querySelector(\"button[data-language='ru']\").ariaPressed"));
        } finally {
            russianPhone.quit();
        }
    }

    @Test
    void everyScreenPassesAxeInEachLanguageOnlineAndOfflineAndLargeTextNeedsNoSidewaysScrolling() throws Exception {
        record Screen(String path, String heading) {
        }
        List<Screen> english = List.of(new Screen("/app/?screen=offices", "Choose an office"),
                new Screen("/app/?office=pakistan", PAKISTAN), new Screen("/app/?office=tajikistan", "ILO National Coordinator in Tajikistan"),
                new Screen("/app/?office=pakistan&screen=releases", "Press releases"),
                new Screen("/app/?office=pakistan&screen=releases&q=skills", "Results for “skills”"),
                new Screen("/app/?office=pakistan&release=balochistan-officials-empowered-against-forced-labor-and-human-trafficking",
                        "Balochistan Officials Empowered Against Forced Labor and Human Trafficking"),
                new Screen("/app/?office=tajikistan&screen=contacts", "Contact"));
        List<String> violations = new ArrayList<>();
        for (Screen screen : english) {
            open(screen.path());
            awaitHeading(screen.heading());
            awaitSync();
            violations.addAll(accessibilityViolations(screen.path()));
        }
        Browser.screenshot(phone, "app-contacts-390");

        phone.findElement(By.cssSelector("button[data-language='ur']")).click();
        for (Screen screen : List.of(new Screen("/app/?office=pakistan", PAKISTAN),
                new Screen("/app/?office=pakistan&screen=releases", "پریس ریلیزیں"), new Screen("/app/?office=moscow&screen=contacts", "رابطہ"))) {
            open(screen.path());
            awaitHeading(screen.heading());
            awaitSync();
            violations.addAll(accessibilityViolations("ur " + screen.path()));
        }
        Browser.screenshot(phone, "app-contacts-urdu-390");
        phone.findElement(By.cssSelector("button[data-language='ru']")).click();
        open("/app/?office=moscow");
        awaitHeading("ILO Decent Work Technical Support Team and Country Office for Eastern Europe and Central Asia");
        awaitSync();
        violations.addAll(accessibilityViolations("ru /app/?office=moscow"));

        phone.findElement(By.cssSelector("button[data-language='en']")).click();
        open("/app/?office=pakistan&screen=releases");
        awaitHeading("Press releases");
        awaitSync();
        network.cut();
        phone.navigate().refresh();
        until("offline", () -> text(".sync-state").startsWith("You are offline."));
        violations.addAll(accessibilityViolations("offline /app/?office=pakistan&screen=releases"));
        assertTrue(violations.isEmpty(), () -> String.join("\n", violations));

        // The phone's largest text setting: twice the size, and the screen still fits its width.
        for (String path : List.of("/app/?office=pakistan&screen=releases", "/app/?office=tajikistan&screen=contacts")) {
            open(path);
            until("the screen shown", () -> !phone.findElements(By.cssSelector("main h1")).isEmpty());
            js("document.documentElement.style.fontSize = '200%'");
            assertEquals(List.of(), js("""
                    const width = document.documentElement.clientWidth;
                    return [...document.querySelectorAll('body *')].filter(element => element.offsetParent !== null)
                        .filter(element => element.getBoundingClientRect().right > width + 1 || element.scrollWidth > element.clientWidth + 1)
                        .map(element => element.tagName + ' ' + element.textContent.trim().slice(0, 40))"""),
                    path + ": what sticks out of the 390 px screen at 200% text");
        }
        Browser.screenshot(phone, "app-contacts-large-text-390");

        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        String report = validator.validate(new ByteArrayInputStream(get("/app/").body().getBytes(StandardCharsets.UTF_8)));
        assertTrue(report.lines().noneMatch(line -> line.contains("error:")), report);
    }

    private ChromeDriver phone(String languages) throws IOException {
        ChromeOptions options = Browser.options();
        options.addArguments("--accept-lang=" + languages);
        options.setExperimentalOption("mobileEmulation", Map.of(
                "deviceMetrics", Map.of("width", 390, "height", 844, "pixelRatio", 2.0, "mobile", true, "touch", true),
                "userAgent", PHONE));
        return Browser.start(options);
    }

    private void open(String path) {
        phone.get(network.base() + path);
    }

    private Object js(String script, Object... arguments) {
        return phone.executeScript(script, arguments);
    }

    /** Waits for the condition; the app replaces a screen's elements as newer data comes, so a stale one is looked for again. */
    private void until(String what, Supplier<Boolean> condition) {
        new WebDriverWait(phone, PATIENCE).withMessage(what).ignoring(StaleElementReferenceException.class)
                .until(driver -> condition.get());
    }

    private void awaitHeading(String heading) {
        until("the heading " + heading, () -> texts("main h1").contains(heading));
    }

    /** Waits until the delta sync this screen started has ended. */
    private void awaitSync() {
        until("a sync", () -> !phone.findElements(By.cssSelector(".sync-state time")).isEmpty()
                && phone.findElement(By.cssSelector(".refresh")).isEnabled());
    }

    /** Presses Refresh and waits until its sync has ended. */
    private void refresh() {
        String before = attribute(".sync-state time", "datetime");
        phone.findElement(By.cssSelector(".refresh")).click();
        until("the refresh's sync", () -> !phone.findElements(By.cssSelector(".sync-state time")).isEmpty()
                && !before.equals(attribute(".sync-state time", "datetime"))
                && phone.findElement(By.cssSelector(".refresh")).isEnabled());
    }

    /** Refreshes until the condition holds: the API renders a response at most about twice a second. */
    private void refreshUntil(String what, Supplier<Boolean> condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.get()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not after a sync: " + what + "; listed: " + titles());
            }
            refresh();
        }
    }

    /** The page's requests to the API ("status address"), once at least {@code count} of them ended. */
    @SuppressWarnings("unchecked")
    private List<String> apiRequests(int count) {
        String script = """
                return performance.getEntriesByType('resource').filter(entry => entry.name.includes('/api/'))
                    .map(entry => entry.responseStatus + ' ' + entry.name.replace(location.origin, ''))""";
        until(count + " requests to the API", () -> ((List<String>) js(script)).size() >= count);
        return (List<String>) js(script);
    }

    /** Scrolls to the link, as the reader would, and taps it once the screen has settled on it. */
    private void click(String linkText) {
        until("a tap on " + linkText, () -> {
            WebElement link = phone.findElement(By.linkText(linkText));
            js("arguments[0].scrollIntoView({block: 'center'})", link);
            link.click();
            return true;
        });
    }

    private void search(String words) {
        until("a search for " + words, () -> {
            WebElement field = phone.findElement(By.id("q"));
            field.clear();
            field.sendKeys(words);
            phone.findElement(By.cssSelector("form.search button")).click();
            return true;
        });
    }

    private String attribute(String css, String name) {
        return (String) js("return document.querySelector(arguments[0])?.getAttribute(arguments[1]) ?? ''", css, name);
    }

    private String text(String css) {
        return texts(css).stream().findFirst().orElse("");
    }

    /** The texts shown by the elements the selector finds, read in one go while the app may be replacing them. */
    @SuppressWarnings("unchecked")
    private List<String> texts(String css) {
        return (List<String>) js("return Array.from(document.querySelectorAll(arguments[0]), element => element.innerText.trim())", css);
    }

    private List<String> titles() {
        return texts(".releases :is(h2, h3)");
    }

    private void assertNoAccessibilityViolation(String screen) {
        List<String> violations = accessibilityViolations(screen);
        assertTrue(violations.isEmpty(), () -> String.join("\n", violations));
    }

    private List<String> accessibilityViolations(String screen) {
        List<String> tags = new ArrayList<>(Browser.WCAG_21_AA_AND_BEST_PRACTICES);
        tags.add("wcag22aa");
        return Browser.accessibilityViolations(phone, tags).stream()
                .map(rule -> screen + ": " + rule.getId() + " (" + rule.getNodes().size() + " elements) " + rule.getHelp())
                .toList();
    }

    private static Path picture() throws IOException {
        BufferedImage picture = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = picture.createGraphics();
        graphics.setColor(new Color(0x8a, 0x5a, 0x2b));
        graphics.fillRect(0, 24, 64, 24);
        graphics.dispose();
        Path png = Files.createTempFile("apprentices", ".png");
        ImageIO.write(picture, "png", png.toFile());
        return png;
    }

    private static long gzipped(byte[] bytes) throws IOException {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
            gzip.write(bytes);
        }
        return compressed.size();
    }

    /** A plain HTTP request to the portal, whatever the state of the phone's network. */
    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(portal(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI portal(String path) {
        return URI.create(base.toString().replaceAll("/$", "") + path);
    }

    private void fixture(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(portal(path))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(response.statusCode() < 300, path + ": " + response.statusCode());
    }

    private static JsonObject json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
