package org.countryofficeportal.release;

import jakarta.json.JsonObject;
import javax.imageio.ImageIO;
import org.countryofficeportal.BackOffice;
import org.countryofficeportal.PublicSide;
import org.countryofficeportal.Browsers;
import org.countryofficeportal.SharedPortal;
import org.countryofficeportal.StaffClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;

import java.awt.image.BufferedImage;
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
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Staff at work on press releases in a real browser, as a communications team works: nothing typed is lost by any
 * button, by tabs, by a session that ends or by a double click; dates change only when asked; destructive actions ask
 * and can be undone; an author's draft is cleared by an editor. What they do is checked on the public site and the API.
 */
@ExtendWith(SharedPortal.class)
class ReleaseEditingIT {

    private static final ZoneId ISLAMABAD = ZoneId.of("Asia/Karachi");

    @RegisterExtension
    static final Browsers browsers = new Browsers(2);

    private static WebDriver browser() {
        return browsers.first();
    }

    private final URL base = SharedPortal.base();

    private final PublicSide reads = new PublicSide(() -> base);

    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void signOutForTheNextTest() {
        staff().forgetSession();
        new BackOffice(browsers.second(), base).forgetSession();
    }

    @Test
    void aTitleEditedThenPublishedIsTheTitleThePublicSeesAndThePreviewSaysItIsNotPublic() throws Exception {
        draft("edited-then-published", "The title first typed", "Summary");
        assertEquals("Draft", browser().findElement(By.id("status")).getText());
        assertEquals(404, reads.get("/releases/edited-then-published").statusCode(), "a draft is not public");

        staff().type("release:title", "The title typed before preview").press("release:preview");
        assertTrue(staff().url().contains("/admin/preview/edited-then-published"), staff().url());
        assertTrue(browser().findElement(By.id("preview-banner")).getText().contains("Preview: not public"));
        assertEquals("The title typed before preview", staff().heading(), "the preview shows what was typed, saved first");
        assertTrue(browser().findElements(By.cssSelector("section.share")).isEmpty(), "no share links on a preview");
        assertFalse(staff().text().contains("Published:"), "a draft is not dated as published");
        browser().findElement(By.linkText("Back to the editor")).click();

        staff().type("release:title", "The title typed before publishing").press("release:publish");
        assertTrue(staff().messages().toString().contains("Published"), staff().messages().toString());
        reads.awaitBody("/releases/edited-then-published", "The title typed before publishing");
        assertTrue(reads.get("/api/v1/releases/edited-then-published").body().contains("The title typed before publishing"));
        staff().press("release:preview");
        String banner = browser().findElement(By.id("preview-banner")).getText();
        assertTrue(banner.contains("Preview of a public release. Readers see this text now"), "a public release's preview says so: " + banner);
    }

    @Test
    void publishingAPublicReleaseAgainKeepsItsDateAndAnotherDateOrABackDateIsAskedFirst() throws Exception {
        draft("dated-release", "A release and its date", "Summary");
        staff().press("release:publish");
        String published = reads.json("/api/v1/releases/dated-release").getString("published");
        assertTrue(browser().findElements(By.id("release:publish")).isEmpty(), "a public release is not published again");

        staff().type("release:title", "A release and its date, corrected").press("release:save");
        assertTrue(staff().messages().toString().contains("date unchanged"), staff().messages().toString());
        reads.awaitBody("/api/v1/releases/dated-release", "corrected");
        assertEquals(published, reads.json("/api/v1/releases/dated-release").getString("published"), "an update keeps the date");

        LocalDateTime lastYear = LocalDateTime.now(ISLAMABAD).minusYears(1).truncatedTo(ChronoUnit.MINUTES);
        setTime(lastYear);
        staff().press("release:schedule");
        assertTrue(browser().findElement(By.id("question")).getText().contains("has been public since"), staff().text());
        assertEquals(published, reads.json("/api/v1/releases/dated-release").getString("published"), "nothing yet");
        staff().press("release:confirm");
        reads.awaitBody("/api/v1/releases/dated-release", "\"published\":\"" + lastYear.getYear());

        draft("back-dated-draft", "A draft dated back", "Summary");
        setTime(lastYear);
        staff().press("release:schedule");
        assertTrue(browser().findElement(By.id("question")).getText().contains("has passed"), staff().text());
        assertEquals(404, reads.get("/api/v1/releases/back-dated-draft").statusCode(), "not published without a yes");
        staff().press("release:confirm");
        reads.awaitStatus("/api/v1/releases/back-dated-draft", 200);

        draft("undated-draft", "A draft without a time", "Summary");
        ((JavascriptExecutor) browser()).executeScript("document.getElementById('release:localTime').value = ''");
        staff().press("release:schedule");
        assertTrue(browser().findElement(By.cssSelector("[id='release:localTime'] ~ .error")).getText().contains("date and time"),
                staff().text());
    }

    @Test
    void aSaveAfterThirtyPagesInAnotherTabStillSaves() throws Exception {
        draft("many-tabs", "Saved after many tabs", "Summary");
        staff().type("release:title", "Typed before thirty pages elsewhere");
        String editor = browser().getWindowHandle();
        browser().switchTo().newWindow(WindowType.TAB);
        for (int page = 0; page < 30; page++) {
            browser().get(base + (page % 2 == 0 ? "admin/releases.xhtml?page=1&q=" + page : "admin/release.xhtml?slug=many-tabs"));
        }
        browser().close();
        browser().switchTo().window(editor);
        staff().press("release:save");
        assertTrue(staff().messages().toString().contains("Saved"), staff().messages().toString());
        assertEquals("Typed before thirty pages elsewhere", staff().value("release:title"));
    }

    @Test
    void aSessionThatEndsWhileTypingKeepsTheTextAndSignInLeadsBackToThePage() throws Exception {
        draft("session-ends", "Before the session ended", "Summary");
        staff().type("release:title", "Typed while the session ended").type("release:summary", "A summary typed too");
        browser().manage().deleteCookieNamed("JSESSIONID");
        staff().press("release:save");

        assertTrue(staff().url().contains("/login.xhtml"), staff().url());
        assertTrue(staff().text().contains("Your session ended before what you typed was saved"), staff().text());
        staff().type("login:username", BackOffice.ADMIN).type("login:password", BackOffice.ADMIN_PASSWORD).press("login:submit");

        assertTrue(staff().url().contains("/admin/release.xhtml?slug=session-ends"), staff().url());
        assertEquals("Typed while the session ended", staff().value("release:title"), "the text is back in the form");
        assertEquals("A summary typed too", staff().value("release:summary"));
        assertTrue(staff().messages().toString().contains("not saved yet"), staff().messages().toString());
        assertEquals(404, reads.get("/releases/session-ends").statusCode());
        staff().press("release:save");
        assertTrue(staff().messages().toString().contains("Saved"), staff().messages().toString());
        staff().open("/admin/release.xhtml?slug=session-ends");
        assertEquals("Typed while the session ended", staff().value("release:title"));
    }

    @Test
    void anOverlongTitleIsRefusedAtItsFieldWithTheTextKept() throws Exception {
        draft("overlong-title", "A short title", "Summary");
        String pasted = "A title pasted from a long document ".repeat(56).substring(0, 2000);
        ((JavascriptExecutor) browser()).executeScript("document.getElementById('release:title').value = arguments[0]", pasted);
        staff().press("release:save");

        assertTrue(browser().findElement(By.cssSelector("[id='release:title'] ~ .error")).getText().contains("at most 300 characters"),
                staff().text());
        assertEquals(pasted, staff().value("release:title"), "the text is kept, not cut");
        assertTrue(browser().findElement(By.id("title-hint")).getText().contains("at most 300 characters"),
                "the limit is shown next to the field");
        staff().open("/admin/release.xhtml?slug=overlong-title");
        assertEquals("A short title", staff().value("release:title"), "nothing was saved");
    }

    @Test
    void aFormSentTwiceMakesOneRevision() throws Exception {
        draft("sent-twice", "Sent once", "Summary");
        StaffClient client = new StaffClient(base.toString()).logIn(BackOffice.ADMIN, BackOffice.ADMIN_PASSWORD);
        String page = "/admin/release.xhtml?slug=sent-twice";
        StaffClient.Form shown = client.form(page, "release");
        Map<String, String> edit = Map.of("release:title", "Sent twice, saved once", "release:save", "Save");
        HttpResponse<String> first = client.post(page, shown, "release", edit);
        HttpResponse<String> second = client.post(page, shown, "release", edit);
        assertEquals(302, first.statusCode());
        assertEquals(302, second.statusCode(), "the second is answered as done, not refused with an error");
        String afterTheSecond = client.follow(second).body();
        assertTrue(afterTheSecond.contains("Saved. The previous text is kept as a revision."), afterTheSecond);
        assertFalse(afterTheSecond.contains("This was done already"), "one send's message, not two that disagree");
        // The same form shown again by the back button after its save, written on and sent: a change of its own.
        HttpResponse<String> afterBack = client.post(page, shown, "release",
                Map.of("release:title", "Written on after going back", "release:save", "Save"));
        String answer = afterBack.statusCode() == 302 ? client.follow(afterBack).body() : afterBack.body();
        assertFalse(answer.contains("This was done already"), answer);
        assertTrue(answer.contains("Written on after going back"), "saved, or kept in the form: " + answer);

        // A double click in the browser: both clicks go, one save is made.
        staff().open(page).type("release:title", "Clicked twice, saved once");
        ((JavascriptExecutor) browser()).executeScript(
                "const save = document.getElementById('release:save'); save.click(); save.click();");
        new org.openqa.selenium.support.ui.WebDriverWait(browser(), java.time.Duration.ofSeconds(15))
                .until(driver -> staff().text().contains("Earlier texts"));
        staff().open(page);
        assertEquals("Clicked twice, saved once", staff().value("release:title"));
        List<String> revisions = browser().findElements(By.cssSelector("#revisions li")).stream().map(li -> li.getText()).toList();
        assertEquals(2, revisions.size(), "one revision per save: " + revisions);
    }

    @Test
    void whatIsWrittenAfterGoingBackFromThePreviewIsNotTakenForTheSameSave() throws Exception {
        draft("back-from-preview", "Before the preview", "Summary");
        staff().type("release:title", "Seen in the preview").press("release:preview");
        assertTrue(staff().text().contains("Seen in the preview"), staff().text());
        staff().back();
        assertTrue(staff().url().contains("/admin/release.xhtml"), staff().url());
        staff().type("release:title", "Written after going back").press("release:save");
        assertFalse(staff().messages().toString().contains("This was done already"), staff().messages().toString());
        assertEquals("Written after going back", staff().value("release:title"), "saved, or kept in the form to save");
    }

    @Test
    void removingATranslationAsksFirstAndCanBeUndone() throws Exception {
        draft("translated-release", "Decent work in Punjab", "English summary");
        staff().press("release:publish");
        browser().findElement(By.cssSelector("[id='release:translation'] option[value='ur']")).click();
        staff().press("release:addTranslation");
        assertEquals("Urdu translation", staff().heading());
        assertTrue(staff().messages().toString().contains("The release's text is saved; below is its Urdu translation."),
                staff().messages().toString());
        browser().findElement(By.cssSelector("#original summary")).click();
        assertTrue(browser().findElement(By.id("original")).getText().contains("English summary"), "the text to translate from");
        staff().type("translation:title", "پنجاب میں مناسب کام").type("translation:summary", "اردو خلاصہ")
                .typeHtml("translation:body", "<p>اردو متن</p>").press("translation:save");
        assertTrue(staff().messages().toString().contains("Urdu translation saved"), staff().messages().toString());
        reads.awaitBody("/ur/releases/translated-release", "پنجاب میں مناسب کام");
        JsonObject release = reads.json("/api/v1/releases/translated-release?lang=ur");
        assertEquals("ur", release.getString("language"));

        // The translation's title in the release's list, in the face that has every Urdu letter.
        String face = (String) ((JavascriptExecutor) browser()).executeScript(
                "return getComputedStyle(document.querySelector('#translations [lang=ur]')).fontFamily");
        assertTrue(face.startsWith("\"Noto Nastaliq Urdu\""), face);
        staff().pressButton("Save and edit the Urdu translation");
        browser().findElement(By.linkText("Remove this translation…")).click();
        assertTrue(staff().text().contains("Remove the Urdu translation?"), "it asks first");
        assertTrue(browser().findElement(By.id("translation:confirmRemove")).getAttribute("class").contains("danger"));
        staff().press("translation:confirmRemove");
        assertTrue(staff().messages().toString().contains("Urdu translation removed"), staff().messages().toString());
        reads.awaitBody("/api/v1/releases/translated-release?lang=ur", "\"language\":\"en\"");

        staff().press("release:restoreTranslation");
        assertTrue(staff().messages().toString().contains("Translation restored"), staff().messages().toString());
        reads.awaitBody("/ur/releases/translated-release", "پنجاب میں مناسب کام");
    }

    @Test
    void deletingAsksThenLeavesATombstoneForSync() throws Exception {
        draft("doomed-release", "Soon gone", "Summary");
        staff().press("release:publish");
        reads.awaitStatus("/api/v1/releases/doomed-release", 200);
        String token = reads.json("/api/v1/releases/changes").getString("next");

        assertTrue(browser().findElement(By.id("release:askToDelete")).getAttribute("class").contains("danger"));
        staff().press("release:askToDelete");
        assertTrue(staff().messages().toString().contains("What was typed is saved."), staff().messages().toString());
        assertTrue(browser().findElement(By.id("delete-question")).getText().contains("for good"), "a confirmation is asked");
        browser().findElement(By.linkText("No, keep it")).click();
        assertEquals(200, reads.get("/api/v1/releases/doomed-release").statusCode(), "keeping it keeps it");
        staff().press("release:askToDelete").press("release:confirmDelete");
        assertTrue(staff().url().contains("/admin/releases.xhtml"), staff().url());
        assertTrue(staff().messages().toString().contains("Deleted"), staff().messages().toString());

        reads.awaitStatus("/api/v1/releases/doomed-release", 404);
        String changes = reads.get("/api/v1/releases/changes?since=" + token).body();
        assertTrue(changes.contains("doomed-release"), "the deletion is in the delta sync: " + changes);
    }

    @Test
    void everySaveKeepsARevisionThatCanBeComparedAndRestored() throws Exception {
        draft("revised-release", "The first title", "The first summary");
        staff().type("release:title", "The second title").press("release:save");
        assertEquals("The second title", staff().value("release:title"));

        staff().pressButton("Save and compare revision 1");
        assertTrue(staff().messages().contains("Saved. Revision 1 is shown beside the text now."), staff().messages().toString());
        String comparison = browser().findElement(By.id("compare")).getText();
        assertTrue(comparison.contains("The first title") && comparison.contains("The second title"), comparison);
        staff().press("release:restore");
        assertEquals("The first title", staff().value("release:title"));
        assertTrue(staff().text().contains("Revision 2"), "the replaced text became a revision in turn");
    }

    @Test
    void anUploadedImageIsShownWithTheReleaseAndTheTextTypedWithItIsSaved() throws Exception {
        draft("illustrated-release", "Apprentices at work", "Summary");
        Path notAnImage = Files.writeString(Files.createTempFile("script", ".png"), "<svg onload=alert(1)>");
        upload(notAnImage, "A fake image");
        assertTrue(staff().messages().toString().contains("Only JPEG, PNG or WebP"), staff().messages().toString());

        Path bomb = Files.createTempFile("bomb", ".png");
        ImageIO.write(new BufferedImage(10_000, 10_000, BufferedImage.TYPE_BYTE_BINARY), "png", bomb.toFile());
        assertTrue(Files.size(bomb) < 100 * 1024, "a small file that decodes to 100 megapixels");
        upload(bomb, "A pixel bomb");
        assertTrue(staff().messages().toString().contains("at most 40 megapixels; this one has 100 (10000 x 10000)"),
                staff().messages().toString());

        BufferedImage picture = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        Path png = Files.createTempFile("apprentices", ".png");
        ImageIO.write(picture, "png", png.toFile());
        staff().type("release:title", "Apprentices at work, with a picture");
        upload(png, "Two apprentices at a workbench");
        assertTrue(staff().messages().toString().contains("with the image"), staff().messages().toString());
        assertEquals("Apprentices at work, with a picture", staff().value("release:title"), "the title typed was saved with it");
        staff().press("release:publish");
        reads.awaitStatus("/releases/illustrated-release", 200);

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
        assertTrue(served.headers().firstValue("Cache-Control").orElse("").contains("immutable"));
        assertEquals(64, ImageIO.read(new java.io.ByteArrayInputStream(served.body())).getWidth());
        JsonObject release = reads.json("/api/v1/releases/illustrated-release");
        String original = release.getJsonObject("image").getString("href");
        assertEquals(rendition, release.getJsonObject("image").getJsonArray("renditions").getJsonObject(0).getString("href"));
        HttpResponse<byte[]> originalServed = http.send(HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + original)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(Files.size(png), originalServed.body().length, "the original as uploaded");
        assertEquals(404, reads.get(original.replaceAll("-[0-9a-f]{16}", "-0000000000000000"))
                .statusCode(), "an address with the wrong digest serves nothing");
    }

    private void upload(Path file, String alt) {
        browser().findElement(By.id("release:image")).sendKeys(file.toAbsolutePath().toString());
        staff().type("release:alt", alt).type("release:imageCredit", "© ILO 2025").press("release:upload");
    }

    @Test
    void twoEditorsSavingTheSameReleaseGetAConflictAndNothingIsOverwritten() throws Exception {
        draft("contested-release", "The original title", "Summary");
        BackOffice other = new BackOffice(browsers.second(), base).logInAsAdmin();
        other.open("/admin/release.xhtml?slug=contested-release");
        staff().open("/admin/release.xhtml?slug=contested-release");

        other.type("release:title", "The title of the first saver").press("release:save");
        staff().type("release:title", "The title of the second saver").press("release:save");

        assertTrue(staff().messages().toString().contains("This release was saved elsewhere"), staff().messages().toString());
        assertEquals("The title of the second saver", staff().value("release:title"), "the second editor keeps their text");
        assertTrue(browser().findElement(By.id("theirs")).getText().contains("The title of the first saver"));
        staff().press("release:save");
        assertTrue(staff().messages().toString().contains("Saved"), "the next save goes over theirs knowingly");
        assertEquals("The title of the second saver", staff().value("release:title"));
    }

    @Test
    void scriptInTitleSummaryAndBodyIsNeutralisedOnThePublicPageAndInTheApi() throws Exception {
        draft("xss-release", "<script>alert('title')</script>Title", "<img src=x onerror=alert('summary')>Summary");
        staff().typeHtml("release:body", "<p>Fine text</p><script>alert('body')</script><a href=\"javascript:alert('link')\">link</a>"
                + "<img src=\"/x.png\" onerror=\"alert('img')\"><p onclick=\"alert('p')\">para</p>").press("release:publish");
        reads.awaitStatus("/releases/xss-release", 200);

        staff().open("/releases/xss-release");
        assertEquals("<script>alert('title')</script>Title", staff().heading(), "the title is shown as text");
        assertTrue(staff().text().contains("Fine text"));
        assertEquals(0L, ((JavascriptExecutor) browser()).executeScript("""
                return [...document.querySelectorAll('*')].filter(element =>
                    (element.tagName === 'SCRIPT' && element.type !== 'application/ld+json')
                    || [...element.attributes].some(a => a.name.startsWith('on') || /^\\s*javascript:/i.test(a.value))).length"""),
                "no script element, event handler or javascript: address in the public page");
        String body = reads.json("/api/v1/releases/xss-release").getString("body");
        assertFalse(body.contains("<script") || body.contains("onerror") || body.contains("javascript:") || body.contains("onclick"), body);
    }

    @Test
    void anAuthorsDraftIsClearedByAnEditor() throws Exception {
        BackOffice admin = staff().logInAsAdmin();
        String password = admin.createAccount("amina", "AUTHOR");
        admin.logOut();
        BackOffice author = staff().logInFirstTime("amina", password, "amina-own-password-2026");
        author.open("/admin/release.xhtml");
        browser().findElement(By.cssSelector("[id='release:office'] option[value='pakistan']")).click();
        author.type("release:title", "Written by an author").type("release:summary", "For the editors to clear")
                .press("release:save");
        assertTrue(author.url().contains("slug=written-by-an-author"), "the address is made from the title: " + author.url());
        assertTrue(browser().findElements(By.id("release:publish")).isEmpty(), "an author has no publish button");

        StaffClient forger = new StaffClient(base.toString()).logIn("amina", "amina-own-password-2026");
        HttpResponse<String> forged = forger.follow(forger.submit("/admin/release.xhtml?slug=written-by-an-author", "release",
                Map.of("release:publish", "Save and publish now")));
        assertEquals(404, reads.get("/api/v1/releases/written-by-an-author").statusCode(), "an author cannot publish: " + forged.statusCode());

        author.open("/admin/release.xhtml?slug=written-by-an-author").press("release:submit");
        assertEquals("Waiting for review", browser().findElement(By.id("status")).getText());
        author.logOut();

        BackOffice editor = new BackOffice(browsers.second(), base).logInAsAdmin();
        editor.open("/admin/");
        assertTrue(browsers.second().findElement(By.id("review-heading")).getText().contains("1"), "waiting for review on the home");
        browsers.second().findElement(By.linkText("Written by an author")).click();
        editor.press("release:publish");
        reads.awaitStatus("/api/v1/releases/written-by-an-author", 200);

        staff().logIn("amina", "amina-own-password-2026").open("/admin/");
        assertTrue(staff().text().contains("published it"), "the author is told: " + staff().text());
    }

    @Test
    void anAddressIsProposedFromTheTitleAndAChangedOneKeepsTheOldOneAnsweringWithARedirect() throws Exception {
        staff().logInAsAdmin().open("/admin/release.xhtml");
        browser().findElement(By.cssSelector("[id='release:office'] option[value='moscow']")).click();
        browser().findElement(By.cssSelector("[id='release:language'] option[value='ru']")).click();
        staff().type("release:title", "Занятость молодёжи в Таджикистане").type("release:summary", "Кратко").press("release:save");
        assertTrue(staff().url().endsWith("slug=zanyatost-molodyozhi-v-tadzhikistane"), "spelled in Latin letters: " + staff().url());
        staff().press("release:publish");
        reads.awaitStatus("/api/v1/releases/zanyatost-molodyozhi-v-tadzhikistane", 200);

        staff().press("release:unpublish");
        staff().type("release:slug", "youth-employment-in-tajikistan").press("release:save");
        assertTrue(staff().url().endsWith("slug=youth-employment-in-tajikistan"), staff().url());
        staff().press("release:publish");
        reads.awaitStatus("/api/v1/releases/youth-employment-in-tajikistan", 200);

        HttpResponse<String> api = reads.get("/api/v1/releases/zanyatost-molodyozhi-v-tadzhikistane?lang=ru");
        assertEquals(301, api.statusCode());
        assertTrue(api.headers().firstValue("Location").orElse("").endsWith("/api/v1/releases/youth-employment-in-tajikistan?lang=ru"),
                api.headers().toString());
        HttpResponse<String> site = reads.get("/ru/releases/zanyatost-molodyozhi-v-tadzhikistane");
        assertEquals(301, site.statusCode());
        assertTrue(site.headers().firstValue("Location").orElse("").endsWith("/ru/releases/youth-employment-in-tajikistan"),
                site.headers().toString());
    }

    @Test
    void aScheduledReleaseGoesPublicAtItsTime() throws Exception {
        draft("scheduled-release", "Scheduled for later", "Goes public on its own");
        setTime(LocalDateTime.now(ISLAMABAD).plusHours(2).truncatedTo(ChronoUnit.MINUTES));
        staff().press("release:schedule");
        assertEquals("Scheduled", browser().findElement(By.id("status")).getText());
        assertTrue(staff().messages().toString().contains("goes public by itself on"), staff().messages().toString());
        assertEquals(404, reads.get("/api/v1/releases/scheduled-release").statusCode(), "not public before its time");

        http.send(HttpRequest.newBuilder(URI.create(base + "test-fixtures/clock?by=PT2H1M")).POST(HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.discarding());
        reads.awaitStatus("/api/v1/releases/scheduled-release", 200);
        reads.awaitStatus("/releases/scheduled-release", 200);
    }

    private void draft(String slug, String title, String summary) {
        staff().logInAsAdmin().open("/admin/release.xhtml");
        browser().findElement(By.cssSelector("[id='release:office'] option[value='pakistan']")).click();
        staff().type("release:slug", slug).type("release:title", title).type("release:summary", summary)
                .typeHtml("release:body", "<p>Body of " + slug + "</p>").type("release:imageCredit", "© ILO 2024")
                .press("release:save");
        assertTrue(staff().messages().toString().contains("created"), staff().messages().toString());
    }

    /** Typing into a datetime-local field depends on the browser's locale: the test sets its value directly. */
    private void setTime(LocalDateTime time) {
        ((JavascriptExecutor) browser()).executeScript("document.getElementById('release:localTime').value = arguments[0]",
                time.toString());
    }

    private BackOffice staff() {
        return new BackOffice(browser(), base);
    }
}
