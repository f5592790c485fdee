package org.countryofficeportal.release;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.countryofficeportal.BackOffice;
import org.countryofficeportal.Browsers;
import org.countryofficeportal.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The editorial workflow of press releases, by staff in a real browser, seen by the public site and the API. */
@ExtendWith(ArquillianExtension.class)
class ReleaseEditingIT {

    /** Kept renderings of public pages and API responses live this long (api.render.ttl), plus a margin. */
    private static final long RENDERING_KEPT_MILLIS = 1_500;

    @RegisterExtension
    static final Browsers browsers = new Browsers(2);

    private static WebDriver browser() {
        return browsers.first();
    }

    @ArquillianResource
    private URL base;

    private final HttpClient http = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @AfterEach
    void logOut() {
        staff().logOut();
        new BackOffice(browsers.second(), base).logOut();
    }

    @Test
    void aDraftIsPreviewedAsThePublicWillSeeItThenPublishedToTheSiteAndTheApi() throws Exception {
        draft("workflow-release", "Workers in Sindh get new protection", "Summary of the workflow release");
        assertEquals("DRAFT", browser().findElement(By.id("status")).getText());
        assertEquals(404, get("/releases/workflow-release").statusCode(), "a draft is not public");
        assertEquals(404, get("/api/v1/releases/workflow-release").statusCode());

        staff().press("preview");
        assertEquals("Workers in Sindh get new protection", staff().heading(), "the preview is the public release page");
        assertTrue(staff().text().contains("© ILO 2024"));

        staff().open("/admin/release.xhtml?slug=workflow-release").press("workflow:publish");
        assertTrue(staff().messages().toString().contains("Published"), staff().messages().toString());
        assertEquals("PUBLISHED", browser().findElement(By.id("status")).getText());
        awaitStatus("/api/v1/releases/workflow-release", 200);
        assertTrue(get("/releases/workflow-release").body().contains("Workers in Sindh get new protection"));
        assertTrue(get("/api/v1/releases?limit=1").body().contains("\"slug\":\"workflow-release\""), "latest first in the API");
        staff().open("/admin/releases.xhtml?q=sindh&status=PUBLISHED");
        assertTrue(staff().text().contains("Workers in Sindh get new protection"), "found by the staff list's search and filter");
    }

    @Test
    void aScheduledReleaseGoesPublicByItselfAtItsTime() throws Exception {
        draft("scheduled-release", "Scheduled for later", "Goes public on its own");
        LocalDateTime soon = LocalDateTime.now(ZoneId.of("Asia/Karachi")).plusSeconds(10).truncatedTo(ChronoUnit.SECONDS);
        // Typing into a datetime-local field depends on the browser's locale: the test sets its value directly.
        ((JavascriptExecutor) browser()).executeScript(
                "document.getElementById('workflow:publicationTime').value = arguments[0]", soon.toString());
        staff().press("workflow:schedule");
        assertTrue(staff().messages().toString().contains("Scheduled"), staff().messages().toString());
        assertEquals("SCHEDULED", browser().findElement(By.id("status")).getText());
        assertEquals(404, get("/api/v1/releases/scheduled-release").statusCode(), "not public before its time");

        long wait = ChronoUnit.MILLIS.between(LocalDateTime.now(ZoneId.of("Asia/Karachi")), soon);
        Thread.sleep(Math.max(0, wait));
        awaitStatus("/api/v1/releases/scheduled-release", 200);
        awaitStatus("/releases/scheduled-release", 200);
    }

    @Test
    void everySaveKeepsARevisionThatCanBeComparedAndRestored() throws Exception {
        draft("revised-release", "The first title", "The first summary");
        staff().type("release:title", "The second title").press("release:save");
        assertTrue(staff().messages().toString().contains("Saved"), staff().messages().toString());
        assertEquals("The second title", staff().value("release:title"));

        staff().pressButton("Compare revision 1");
        String comparison = browser().findElement(By.id("revisions:compare")).getText();
        assertTrue(comparison.contains("The first title") && comparison.contains("The second title"), comparison);
        staff().press("revisions:restore");
        assertEquals("The first title", staff().value("release:title"));
        assertTrue(staff().text().contains("Revision 2"), "the replaced text became a revision in turn");
    }

    @Test
    void anUrduTranslationIsAddedAndTheReleaseIsMarkedAlsoInUrdu() throws Exception {
        draft("translated-release", "Decent work in Punjab", "English summary");
        staff().press("workflow:publish");
        browser().findElement(By.cssSelector("#translations\\:translationLanguage option[value='ur']")).click();
        staff().type("translations:translationTitle", "پنجاب میں مناسب کام")
                .type("translations:translationSummary", "اردو خلاصہ")
                .type("translations:translationBody", "<p>اردو متن</p>")
                .press("translations:saveTranslation");
        assertTrue(staff().messages().toString().contains("Translation saved"), staff().messages().toString());

        Thread.sleep(RENDERING_KEPT_MILLIS);
        String urduPage = get("/ur/releases/translated-release").body();
        assertTrue(urduPage.contains("پنجاب میں مناسب کام"), "the Urdu page shows the translation");
        assertTrue(urduPage.contains("dir=\"rtl\""));
        JsonObject release = json(get("/api/v1/releases/translated-release?lang=ur").body());
        assertEquals("ur", release.getString("language"));
        assertEquals("[\"en\",\"ur\"]", release.getJsonArray("languages").toString());
        assertTrue(get("/releases").body().contains("Also in Urdu") || get("/releases").body().contains("اردو"), "the mark in the list");
    }

    @Test
    void anUploadedImageWithItsCreditIsShownWithTheReleaseAndServedForKeeping() throws Exception {
        draft("illustrated-release", "Apprentices at work", "Summary");
        Path notAnImage = Files.writeString(Files.createTempFile("script", ".png"), "<svg onload=alert(1)>");
        upload(notAnImage, "A fake image");
        assertTrue(staff().messages().toString().contains("Only JPEG, PNG or WebP"), staff().messages().toString());
        Path tooLarge = Files.write(Files.createTempFile("large", ".jpg"), new byte[6 * 1024 * 1024]);
        upload(tooLarge, "Too large");
        assertTrue(staff().messages().toString().contains("larger than 5 MB"), staff().messages().toString());

        Path bomb = Files.createTempFile("bomb", ".png");
        ImageIO.write(new BufferedImage(10_000, 10_000, BufferedImage.TYPE_BYTE_BINARY), "png", bomb.toFile());
        assertTrue(Files.size(bomb) < 100 * 1024, "a small file that decodes to 100 megapixels");
        upload(bomb, "A pixel bomb");
        assertTrue(staff().messages().toString().contains("at most 40 megapixels; this one has 100 (10000 x 10000)"),
                staff().messages().toString());

        BufferedImage picture = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        Path png = Files.createTempFile("apprentices", ".png");
        ImageIO.write(picture, "png", png.toFile());
        upload(png, "Two apprentices at a workbench");
        assertTrue(staff().messages().toString().contains("Image uploaded"), staff().messages().toString());
        staff().press("workflow:publish");
        awaitStatus("/releases/illustrated-release", 200);

        staff().open("/releases/illustrated-release");
        var image = browser().findElement(By.cssSelector(".release-image img"));
        assertEquals("Two apprentices at a workbench", image.getAttribute("alt"));
        assertEquals("64", image.getAttribute("width"));
        assertTrue(staff().text().contains("© ILO 2025"), "the credit given with the upload");
        // Narrower than the narrowest rendition: one, at its own width, re-encoded; the original is the API's.
        String rendition = URI.create(image.getAttribute("src")).getPath();
        assertTrue(rendition.endsWith("-64w.png"), rendition);
        assertEquals(rendition + " 64w", image.getAttribute("srcset"));
        HttpResponse<byte[]> served = http.send(HttpRequest.newBuilder(URI.create(image.getAttribute("src"))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, served.statusCode());
        assertEquals("image/png", served.headers().firstValue("Content-Type").orElse(""));
        assertTrue(served.headers().firstValue("Cache-Control").orElse("").contains("immutable"));
        assertEquals(64, ImageIO.read(new java.io.ByteArrayInputStream(served.body())).getWidth());
        JsonObject release = json(get("/api/v1/releases/illustrated-release").body());
        String original = release.getJsonObject("image").getString("href");
        assertEquals(rendition, release.getJsonObject("image").getJsonArray("renditions").getJsonObject(0).getString("href"));
        HttpResponse<byte[]> originalServed = http.send(HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + original)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(Files.size(png), originalServed.body().length, "the original as uploaded");
        assertEquals(404, get(original.replaceAll("-[0-9a-f]{16}", "-0000000000000000"))
                .statusCode(), "an address with the wrong digest serves nothing");
    }

    private void upload(Path file, String alt) {
        browser().findElement(By.id("image:file")).sendKeys(file.toAbsolutePath().toString());
        staff().type("image:alt", alt).type("image:credit", "© ILO 2025").press("image:upload");
    }

    @Test
    void twoEditorsSavingTheSameReleaseGetAConflictAndNothingIsOverwritten() throws Exception {
        draft("contested-release", "The original title", "Summary");
        BackOffice other = new BackOffice(browsers.second(), base).logInAsAdmin();
        other.open("/admin/release.xhtml?slug=contested-release");
        staff().open("/admin/release.xhtml?slug=contested-release");

        other.type("release:title", "The title of the first saver").press("release:save");
        staff().type("release:title", "The title of the second saver").press("release:save");

        assertTrue(staff().messages().toString().contains("Someone else saved this release"), staff().messages().toString());
        assertEquals("The title of the second saver", staff().value("release:title"), "the second editor keeps their text");
        assertEquals("The title of the first saver", browser().findElement(By.cssSelector("[id='release:theirs'] .their-title")).getText());
        staff().open("/admin/release.xhtml?slug=contested-release");
        assertEquals("The title of the first saver", staff().value("release:title"), "the first save stands");
    }

    @Test
    void scriptInTitleSummaryAndBodyIsNeutralisedOnThePublicPageAndInTheApi() throws Exception {
        draft("xss-release", "<script>alert('title')</script>Title", "<img src=x onerror=alert('summary')>Summary");
        staff().type("release:body", "<p>Fine text</p><script>alert('body')</script><a href=\"javascript:alert('link')\">link</a>"
                + "<img src=\"/x.png\" onerror=\"alert('img')\"><p onclick=\"alert('p')\">para</p>").press("release:save");
        staff().press("workflow:publish");
        awaitStatus("/releases/xss-release", 200);

        staff().open("/releases/xss-release");
        assertEquals("<script>alert('title')</script>Title", staff().heading(), "the title is shown as text");
        assertTrue(staff().text().contains("Fine text"));
        assertEquals(0L, ((JavascriptExecutor) browser()).executeScript("""
                return [...document.querySelectorAll('*')].filter(element =>
                    (element.tagName === 'SCRIPT' && element.type !== 'application/ld+json')
                    || [...element.attributes].some(a => a.name.startsWith('on') || /^\\s*javascript:/i.test(a.value))).length"""),
                "no script element, event handler or javascript: address in the public page");
        String api = get("/api/v1/releases/xss-release").body();
        JsonObject release = json(api);
        assertFalse(release.getString("body").contains("<script"), api);
        assertFalse(release.getString("body").contains("onerror"), api);
        assertFalse(release.getString("body").contains("javascript:"), api);
        assertFalse(release.getString("body").contains("onclick"), api);
    }

    @Test
    void deletingAsksForConfirmationThenLeavesATombstoneForSync() throws Exception {
        draft("doomed-release", "Soon gone", "Summary");
        staff().press("workflow:publish");
        awaitStatus("/api/v1/releases/doomed-release", 200);
        String token = json(get("/api/v1/releases/changes").body()).getString("next");

        staff().press("workflow:delete");
        assertTrue(staff().text().contains("for good"), "a confirmation is asked");
        staff().press("workflow:cancel");
        assertEquals(200, get("/api/v1/releases/doomed-release").statusCode(), "cancelling keeps it");
        staff().press("workflow:delete").press("workflow:confirm");
        assertTrue(staff().url().contains("/admin/releases.xhtml"), staff().url());
        assertTrue(staff().messages().toString().contains("deleted"), staff().messages().toString());

        awaitStatus("/api/v1/releases/doomed-release", 404);
        String changes = get("/api/v1/releases/changes?since=" + token).body();
        assertTrue(changes.contains("doomed-release"), "the deletion is in the delta sync: " + changes);
    }

    private void draft(String slug, String title, String summary) {
        staff().logInAsAdmin().open("/admin/release.xhtml");
        browser().findElement(By.cssSelector("[id='release:office'] option[value='pakistan']")).click();
        staff().type("release:slug", slug).type("release:title", title).type("release:summary", summary)
                .type("release:body", "<p>Body of " + slug + "</p>").type("release:imageCredit", "© ILO 2024")
                .press("release:save");
        assertTrue(staff().messages().toString().contains("created"), staff().messages().toString());
    }

    private BackOffice staff() {
        return new BackOffice(browser(), base);
    }

    private void awaitStatus(String path, int status) throws Exception {
        await(() -> {
            try {
                return get(path).statusCode() == status;
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }, path + " answers " + status);
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 10 s: " + what);
            }
            Thread.sleep(200);
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
