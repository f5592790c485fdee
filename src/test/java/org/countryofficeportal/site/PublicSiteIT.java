package org.countryofficeportal.site;

import nu.validator.client.EmbeddedValidator;
import org.countryofficeportal.Browser;
import org.countryofficeportal.Browsers;
import org.countryofficeportal.SharedPortal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.ByteArrayInputStream;
import java.io.IOException;
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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The public site in a real browser (Debian's headless Chromium), against the WAR in Payara Micro. */
@ExtendWith(SharedPortal.class)
class PublicSiteIT {

    private static final String URDU_TITLE = "سب کے لیے مناسب کام";
    private static final List<String> PAGES = List.of("/", "/about", "/contact", "/releases", "/media",
            "/releases/piloting-national-skills-passport-in-pakistan", "/ur/", "/ru/about?office=moscow",
            "/?office=tajikistan", "/releases?year=2023", "/ur/releases/site-with-urdu");

    @RegisterExtension
    static final Browsers browsers = new Browsers(1);

    private static WebDriver browser() {
        return browsers.first();
    }

    private final URL base = SharedPortal.base();

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void everyPageIsReachedByClickingFromTheHomePage() {
        open("/");
        assertEquals("ILO Country Office for Pakistan", heading());

        click("About the office");
        assertEquals("About the office", heading());
        assertTrue(text().contains("ILO member since 1947"), "member-state facts");
        assertTrue(text().contains("187 member States"), "the ILO facts block");

        click("Contact");
        assertEquals("Contact", heading());
        click("DWT/CO-Moscow");
        assertTrue(browser().getCurrentUrl().endsWith("/contact?office=moscow"));
        click("Tajikistan");
        WebElement phone = browser().findElement(By.cssSelector("a[href^='tel:']"));
        assertEquals("tel:+992446005597;ext=273", phone.getAttribute("href"));
        assertEquals("mailto:aminov@ilo.org", browser().findElement(By.cssSelector("a[href^='mailto:']")).getAttribute("href"));
        assertTrue(browser().findElement(By.linkText("Save contact (vCard)")).getAttribute("href").endsWith(".vcf"));

        click("Press releases");
        assertEquals("Press releases", heading());
        click("Balochistan Officials Empowered Against Forced Labor and Human Trafficking");
        assertEquals("Balochistan Officials Empowered Against Forced Labor and Human Trafficking", heading());
        assertTrue(text().contains("© ILO 2024"));
        click("Older release");
        assertEquals("Pakistan launches National Coalition for Social Justice", heading());

        click("In the media");
        assertEquals("In the media", heading());
        click("ILO and EFP award 150 national skills passports to aspiring migrant workers");
        assertTrue(browser().getCurrentUrl().endsWith("/releases/ilo-and-efp-award-150-national-skills-passports-to-aspiring-migrant-workers"));
    }

    @Test
    void pagingReachesTheLastReleaseOnce() {
        open("/");
        click("All press releases");
        List<String> seen = new ArrayList<>();
        while (true) {
            browser().findElements(By.cssSelector(".releases h3 a")).forEach(link -> seen.add(link.getText()));
            List<WebElement> older = browser().findElements(By.linkText("Older releases"));
            if (older.isEmpty()) {
                break;
            }
            navigateBy(older.get(0));
        }
        assertEquals(20, seen.size(), seen::toString);
        assertEquals(20, new HashSet<>(seen).size(), "no release twice");
        assertEquals("Piloting national skills passport in Pakistan", seen.get(seen.size() - 1));
    }

    @Test
    void yearFilterAndSearch() {
        open("/releases?office=pakistan");
        new Select(browser().findElement(By.id("year"))).selectByVisibleText("2024");
        navigateBy(browser().findElement(By.cssSelector(".filters button")));
        assertEquals(3, releaseTitles().size());
        assertTrue(browser().getCurrentUrl().contains("year=2024"), "the filter is in the address");

        open("/releases");
        browser().findElement(By.id("q")).sendKeys("skills passport");
        navigateBy(browser().findElement(By.cssSelector(".filters button")));
        assertEquals(Set.of("ILO and EFP award 150 national skills passports to aspiring migrant workers",
                "Empowering migrant workers through the National Skills Passport initiative",
                "Piloting national skills passport in Pakistan"), Set.copyOf(releaseTitles()));

        open("/releases?year=20x4&q=a");
        assertEquals(2, browser().findElements(By.cssSelector(".message")).size(), "bad parameters are explained");
        assertFalse(releaseTitles().isEmpty(), "and the reader still gets releases");
    }

    @Test
    void switchingToUrduGivesRightToLeftAndTheTranslatedText() throws Exception {
        fixture("/test-fixtures/offices?id=site-urdu");
        fixture("/test-fixtures/releases?office=site-urdu&slug=site-with-urdu&published=2022-05-01T09:00:00%2B05:00&urduTitle="
                + URLEncoder.encode(URDU_TITLE, StandardCharsets.UTF_8));

        open("/releases/site-with-urdu");
        assertEquals("ltr", browser().findElement(By.tagName("html")).getAttribute("dir"));
        assertEquals("Title of site-with-urdu", heading());
        open("/releases?office=site-urdu");
        click("Also in Urdu");
        assertEquals("rtl", browser().findElement(By.tagName("html")).getAttribute("dir"));
        assertEquals("ur", browser().findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals(URDU_TITLE, heading());
        WebElement article = browser().findElement(By.tagName("article"));
        assertEquals("ur", article.getAttribute("lang"));
        assertEquals("rtl", article.getAttribute("dir"));
        assertTrue(text().contains("شیئر کریں"), "the interface is in Urdu too");

        click("English");
        assertEquals("Title of site-with-urdu", heading());
        click("Русский");
        assertEquals("Пресс-релизы", browser().findElement(By.cssSelector(".main-nav a[href='/ru/releases']")).getText());
    }

    @Test
    void anUnknownReleaseGetsTheFriendlyNotFoundPageWithStatus404() throws Exception {
        open("/releases/no-such-release");
        assertEquals("Page not found", heading());
        for (String path : List.of("/releases/no-such-release", "/no/such/page", "/?office=atlantis", "/home.xhtml",
                "/WEB-INF/views/home.xhtml", "/ur/releases/no-such-release")) {
            HttpResponse<String> response = get(path);
            assertEquals(404, response.statusCode(), path);
            assertTrue(response.body().contains("<h1>"), path + " shows the friendly page");
            assertFalse(response.body().contains("Exception"), path + " shows no internals");
        }
    }

    @Test
    void publicPagesSetNoSessionCookieAnswerRevalidationWith304AndCarrySecurityHeaders() throws Exception {
        for (String path : PAGES) {
            open(path);
        }
        assertTrue(browser().manage().getCookies().isEmpty(), "cookies: " + browser().manage().getCookies());
        for (String path : PAGES.subList(0, PAGES.size() - 1)) {
            HttpResponse<String> page = get(path);
            assertEquals(200, page.statusCode(), path);
            assertTrue(page.headers().firstValue("Set-Cookie").isEmpty(), path + " sets a cookie");
            String etag = page.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag on " + path));
            HttpResponse<String> again = http.send(HttpRequest.newBuilder(uri(path)).header("If-None-Match", etag).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(304, again.statusCode(), path);
            assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"), path);
            assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""), path);
            assertTrue(page.headers().firstValue("Referrer-Policy").isPresent(), path);
        }
    }

    @Test
    void everyPageHasLanguageLandmarksOneHeadingAndASkipLink() {
        for (String path : PAGES.subList(0, PAGES.size() - 1)) {
            open(path);
            assertFalse(browser().findElement(By.tagName("html")).getAttribute("lang").isBlank(), path);
            assertEquals(1, browser().findElements(By.tagName("h1")).size(), path);
            assertEquals(1, browser().findElements(By.tagName("main")).size(), path);
            assertFalse(browser().findElements(By.cssSelector("header nav")).isEmpty(), path);
            assertEquals("#main", browser().findElement(By.cssSelector("a.skip-link")).getAttribute("href").replaceAll(".*#", "#"), path);
            assertTrue(browser().findElement(By.cssSelector("link[rel=canonical]")).getAttribute("href").startsWith("http"), path);
            assertEquals(3, browser().findElements(By.cssSelector("link[rel=alternate][hreflang]:not([hreflang=x-default])")).size(), path);
            browser().findElements(By.tagName("img")).forEach(image -> assertFalse(image.getAttribute("alt") == null, path));
        }
        open("/releases/piloting-national-skills-passport-in-pakistan");
        String structuredData = browser().findElement(By.cssSelector("script[type='application/ld+json']")).getAttribute("innerHTML");
        assertTrue(structuredData.contains("\"@type\":\"NewsArticle\""), structuredData);
    }

    @Test
    void everyPageMeetsWcag21AaAsAxeChecksIt() {
        List<String> violations = new ArrayList<>();
        for (String path : List.of("/", "/about", "/contact?office=tajikistan", "/releases", "/media",
                "/releases/balochistan-officials-empowered-against-forced-labor-and-human-trafficking",
                "/ur/", "/ur/releases", "/ru/about?office=moscow", "/no/such/page")) {
            open(path);
            Browser.accessibilityViolations(browser(), Browser.WCAG_21_AA_AND_BEST_PRACTICES)
                    .forEach(rule -> violations.add(path + ": " + rule.getId() + " (" + rule.getNodes().size()
                            + " elements) " + rule.getHelp()));
        }
        assertTrue(violations.isEmpty(), () -> String.join("\n", violations));
    }

    @Test
    void everyPageIsValidHtml5() throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        List<String> errors = new ArrayList<>();
        for (String path : List.of("/", "/about", "/about?office=tajikistan", "/contact?office=tajikistan", "/releases",
                "/releases?year=2023&q=skills", "/media", "/releases/piloting-national-skills-passport-in-pakistan",
                "/ur/", "/ru/releases", "/no/such/page")) {
            HttpResponse<String> page = get(path);
            String report = validator.validate(new ByteArrayInputStream(page.body().getBytes(StandardCharsets.UTF_8)));
            report.lines().filter(line -> line.contains("error:")).forEach(line -> errors.add(path + " " + line));
        }
        assertTrue(errors.isEmpty(), () -> String.join("\n", errors));
    }

    @Test
    void screenshotsForReview() throws IOException {
        for (String[] page : new String[][]{{"home", "/"}, {"releases", "/releases"},
                {"release", "/releases/balochistan-officials-empowered-against-forced-labor-and-human-trafficking"},
                {"release-urdu", "/ur/releases/balochistan-officials-empowered-against-forced-labor-and-human-trafficking"}}) {
            open(page[1]);
            Browser.screenshot(browser(), page[0], 360, 740);
            Browser.screenshot(browser(), page[0], 1280, 800);
        }
        assertTrue(Files.size(Path.of("target", "screenshots", "home-360x740.png")) > 1000);
    }

    private void open(String path) {
        browser().get(uri(path).toString());
    }

    private void click(String linkText) {
        navigateBy(browser().findElement(By.linkText(linkText)));
    }

    /** Clicks and waits until the next page replaced this one, so that nothing is read off the old page. */
    private static void navigateBy(WebElement element) {
        element.click();
        new WebDriverWait(browser(), Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(element));
    }

    private String heading() {
        return browser().findElement(By.tagName("h1")).getText();
    }

    private String text() {
        return browser().findElement(By.tagName("main")).getText();
    }

    private List<String> releaseTitles() {
        return browser().findElements(By.cssSelector(".releases h3 a")).stream().map(WebElement::getText).toList();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private void fixture(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(response.statusCode() < 300, path + ": " + response.statusCode());
    }

    private URI uri(String path) {
        return URI.create(base.toString().replaceAll("/$", "") + path);
    }
}
