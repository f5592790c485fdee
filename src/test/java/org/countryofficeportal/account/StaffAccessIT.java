package org.countryofficeportal.account;

import org.countryofficeportal.BackOffice;
import org.countryofficeportal.Browser;
import org.countryofficeportal.Browsers;
import org.countryofficeportal.SharedPortal;
import org.countryofficeportal.StaffClient;
import org.countryofficeportal.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who may enter the back office and do what there, checked over HTTP and in a real browser; and that every page of it
 * serves everyone: WCAG 2.1 A and AA and the best practices as axe-core checks them, on a desktop and on a 390 px phone without sideways scrolling.
 */
@ExtendWith(SharedPortal.class)
class StaffAccessIT {

    private static final List<String> ADMIN_ONLY = List.of("/admin/accounts.xhtml", "/admin/audit.xhtml", "/admin/content.xhtml",
            "/admin/export", "/admin/offices.xhtml", "/admin/office.xhtml?id=pakistan", "/admin/countries.xhtml");
    private static final List<String> AUTHOR_PAGES = List.of("/admin/", "/admin/index.xhtml", "/admin/releases.xhtml",
            "/admin/release.xhtml", "/admin/release.xhtml?slug=piloting-national-skills-passport-in-pakistan", "/admin/password.xhtml",
            "/admin/translation.xhtml?slug=piloting-national-skills-passport-in-pakistan&lang=ur",
            "/admin/preview/piloting-national-skills-passport-in-pakistan");
    private static final List<String> EDITOR_PAGES = List.of("/admin/contacts.xhtml?office=tajikistan",
            "/admin/contact.xhtml?office=pakistan", "/admin/media.xhtml", "/admin/coverage.xhtml");
    private static final List<String> STAFF_PAGES = Stream.concat(AUTHOR_PAGES.stream(), EDITOR_PAGES.stream()).toList();

    @RegisterExtension
    static final Browsers browsers = new Browsers(1);

    private static WebDriver browser() {
        return browsers.first();
    }

    private final URL base = SharedPortal.base();

    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void signOutForTheNextTest() {
        staff().forgetSession();
    }

    @Test
    void everyBackOfficePageMeetsWcag21AaAndFitsA390PxPhone() {
        List<String> problems = new ArrayList<>();
        checkAccessible("/login.xhtml", problems);
        staff().logInAsAdmin().createAccount("audited-for-axe", "EDITOR");
        List<String> pages = new ArrayList<>(concat(STAFF_PAGES, ADMIN_ONLY));
        pages.remove("/admin/export");
        pages.add(firstLinkTo("contact.xhtml?id=", "/admin/contacts.xhtml?office=tajikistan"));
        pages.add(firstLinkTo("coverage.xhtml?slug=", "/admin/media.xhtml"));
        pages.add("/admin/audit.xhtml?page=1");
        for (String page : pages) {
            checkAccessible(page, problems);
        }
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    /** The page's problems: axe's violations of WCAG 2.1 A and AA and of its best practices, and sideways scrolling on a phone 390 px wide. */
    private void checkAccessible(String path, List<String> problems) {
        browser().manage().window().setSize(new Dimension(1280, 900));
        staff().open(path);
        // A back-office page, the sign-in, or a preview (the public page, marked as such): never the error page.
        if (browser().findElements(By.cssSelector(".admin-header, form#login, #preview-banner")).isEmpty()) {
            problems.add(path + ": not a back-office page but: " + staff().heading());
            return;
        }
        Browser.accessibilityViolations(browser(), Browser.WCAG_21_AA_AND_BEST_PRACTICES)
                .forEach(rule -> problems.add(path + ": " + rule.getId() + " " + rule.getHelp() + " "
                        + rule.getNodes().stream().map(node -> node.getTarget().toString()).limit(5).toList()));
        browser().manage().window().setSize(new Dimension(390, 844));
        Object wider = ((JavascriptExecutor) browser()).executeScript("""
                const page = document.documentElement;
                return page.scrollWidth <= page.clientWidth ? null : page.scrollWidth + ' px wide, beyond the screen: '
                    + [...document.body.querySelectorAll('*')].filter(e => e.getBoundingClientRect().right > page.clientWidth + 1)
                        .slice(0, 4).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + e.className : ''))""");
        if (wider != null) {
            problems.add(path + ": scrolls sideways on a 390 px phone: " + wider);
        }
        browser().manage().window().setSize(new Dimension(1280, 900));
    }

    /** The address of the first link on a page to a page whose address starts so. */
    private String firstLinkTo(String start, String page) {
        staff().open(page);
        String href = browser().findElement(By.cssSelector("main a[href*='" + start + "']")).getAttribute("href");
        return href.substring(href.indexOf("/admin/"));
    }

    @Test
    void everyBackOfficeAddressSendsAnAnonymousVisitorToTheLoginPageAndEveryWriteIsRefused() throws Exception {
        for (String path : concat(STAFF_PAGES, ADMIN_ONLY)) {
            HttpResponse<String> page = send(HttpRequest.newBuilder(uri(path)).GET(), null);
            assertEquals(302, page.statusCode(), path);
            assertTrue(page.headers().firstValue("Location").orElse("").endsWith("/login.xhtml"), path);

            HttpResponse<String> write = send(HttpRequest.newBuilder(uri(path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("newAccount=newAccount&newAccount:username=intruder&newAccount:create=Create")), null);
            assertTrue(write.statusCode() == 302 || write.statusCode() == 401 || write.statusCode() == 403, path + ": " + write.statusCode());
            assertFalse(write.body().contains("intruder"), path);
        }
        staff().logInAsAdmin().open("/admin/accounts.xhtml");
        assertFalse(staff().text().contains("intruder"), "no account was created by the anonymous posts");
    }

    @Test
    void anEditorWritesReleasesButCannotReachAccountsAuditOrExport() throws Exception {
        String temporary = staff().logInAsAdmin().createAccount("editor-access", "EDITOR");
        staff().logOut();
        staff().logInFirstTime("editor-access", temporary, "editor access password");
        assertEquals("Back office", staff().heading());
        assertFalse(staff().text().contains("Audit log"), "the editor's menu has no administration");

        String session = staff().sessionCookie().orElseThrow().getValue();
        for (String path : ADMIN_ONLY) {
            HttpResponse<String> page = send(HttpRequest.newBuilder(uri(path)).GET(), session);
            assertEquals(403, page.statusCode(), path);
            assertTrue(page.body().contains("Not allowed"), path + " shows the friendly page");
            HttpResponse<String> write = send(HttpRequest.newBuilder(uri(path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("newAccount=newAccount&newAccount:username=promoted")), session);
            assertEquals(403, write.statusCode(), path);
        }
        for (String path : STAFF_PAGES) {
            assertEquals(200, send(HttpRequest.newBuilder(uri(path)).GET(), session).statusCode(), path);
        }
    }

    @Test
    void anAuthorWritesReleasesOnly() throws Exception {
        String temporary = staff().logInAsAdmin().createAccount("author-access", "AUTHOR");
        staff().logOut();
        staff().logInFirstTime("author-access", temporary, "author access password");
        assertFalse(staff().text().contains("Contacts"), "the author's menu has releases only");
        String session = staff().sessionCookie().orElseThrow().getValue();
        for (String path : concat(ADMIN_ONLY, EDITOR_PAGES)) {
            assertEquals(403, send(HttpRequest.newBuilder(uri(path)).GET(), session).statusCode(), path);
        }
        for (String path : AUTHOR_PAGES) {
            assertEquals(200, send(HttpRequest.newBuilder(uri(path)).GET(), session).statusCode(), path);
        }
        staff().open("/admin/release.xhtml?slug=piloting-national-skills-passport-in-pakistan");
        assertTrue(browser().findElements(By.id("release:save")).isEmpty(), "an author does not change someone else's release");
    }

    @Test
    void signingOutEndsTheSessionAndLeavesOnTheLoginPage() throws Exception {
        staff().logIn(BackOffice.ADMIN, BackOffice.ADMIN_PASSWORD).open("/admin/releases.xhtml");
        String session = staff().sessionCookie().orElseThrow().getValue();
        assertEquals(200, send(HttpRequest.newBuilder(uri("/admin/releases.xhtml")).GET(), session).statusCode());

        staff().press("logout:submit");
        assertTrue(staff().url().endsWith("/login.xhtml"), staff().url());
        assertTrue(staff().sessionCookie().map(cookie -> !cookie.getValue().equals(session)).orElse(true), "a new session, if any");
        HttpResponse<String> afterwards = send(HttpRequest.newBuilder(uri("/admin/releases.xhtml")).GET(), session);
        assertEquals(302, afterwards.statusCode(), "the session signed out of opens nothing");
        assertTrue(afterwards.headers().firstValue("Location").orElse("").endsWith("/login.xhtml"));
    }

    @Test
    void aForgedPostWithoutTheFormsTokenChangesNothing() throws Exception {
        staff().logInAsAdmin().open("/admin/");
        String session = staff().sessionCookie().orElseThrow().getValue();
        HttpResponse<String> forged = send(HttpRequest.newBuilder(uri("/admin/accounts.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("newAccount=newAccount&newAccount:username=forged&newAccount:role=ADMIN"
                        + "&newAccount:create=Create&jakarta.faces.ViewState=stateless")), session);
        assertEquals(303, forged.statusCode(), "sent back to the form, nothing done");
        HttpResponse<String> tampered = send(HttpRequest.newBuilder(uri("/admin/accounts.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("newAccount=newAccount&newAccount:username=tampered&newAccount:role=ADMIN"
                        + "&newAccount:create=Create&jakarta.faces.ViewState=-123%3A456&form-token=not-a-token")), session);
        assertEquals(303, tampered.statusCode(), "a tampered view state is no 500");
        staff().open("/admin/accounts.xhtml");
        assertFalse(staff().text().contains("forged") || staff().text().contains("tampered"), "no account was created");
    }

    @Test
    void aNewAccountMustReplaceItsTemporaryPasswordBeforeAnythingElse() throws Exception {
        String temporary = staff().logInAsAdmin().createAccount("first-timer", "EDITOR");
        staff().logOut();
        staff().logIn("first-timer", temporary);
        assertTrue(staff().url().endsWith("/admin/password.xhtml"), staff().url());
        String session = staff().sessionCookie().orElseThrow().getValue();
        HttpResponse<String> elsewhere = send(HttpRequest.newBuilder(uri("/admin/releases.xhtml")).GET(), session);
        assertEquals(302, elsewhere.statusCode());
        assertTrue(elsewhere.headers().firstValue("Location").orElse("").endsWith("/admin/password.xhtml"));

        staff().type("password:currentPassword", temporary).type("password:newPassword", "short")
                .type("password:repeatedPassword", "short").press("password:submit");
        assertTrue(staff().messages().toString().contains("at least 12 characters"), staff().messages().toString());
        staff().type("password:currentPassword", temporary).type("password:newPassword", "a long new password")
                .type("password:repeatedPassword", "a long new password").press("password:submit");
        assertTrue(staff().url().endsWith("/admin/releases.xhtml"), "on to the page last asked for: " + staff().url());
        assertTrue(staff().messages().toString().contains("Your password has been changed."), staff().messages().toString());
        staff().logOut();
        staff().logIn("first-timer", temporary);
        assertTrue(staff().messages().contains("The username or password is not correct."), "the temporary password is gone");
    }

    @Test
    void guessesFromOneAddressDelayThatAccountFromThereOnlyAndAnAdministratorLiftsTheDelay() throws Exception {
        String temporary = staff().logInAsAdmin().createAccount("guessed", "EDITOR");
        staff().logOut();
        // Through loopback, where the test deployment trusts X-Forwarded-For (Arquillian's address may be another).
        StaffClient portal = new StaffClient("http://127.0.0.1:" + base.getPort());
        StaffClient outsider = portal.from("203.0.113.7");
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertTrue(outsider.attemptLogIn("guessed", "wrong guess " + attempt).body().contains("The username or password is not correct."));
        }
        assertTrue(outsider.attemptLogIn("guessed", "wrong guess 5").body().contains("Too many failed logins"), "the fifth failure delays");
        String refused = outsider.attemptLogIn("guessed", temporary).body();
        assertTrue(refused.contains("Too many failed logins for this account from here"), "even the right password waits there");
        assertEquals(302, portal.from("198.51.100.20").attemptLogIn("guessed", temporary).statusCode(), "its owner signs in from elsewhere");

        StaffClient sprayer = portal.from("203.0.113.8");
        for (int name = 1; name <= 25; name++) {
            sprayer.attemptLogIn("made-up-" + name, "any password");
        }
        portal.from("203.0.113.8").logIn(BackOffice.ADMIN, BackOffice.ADMIN_PASSWORD);

        staff().logInAsAdmin().open("/admin/accounts.xhtml");
        assertTrue(staff().text().contains("5 failed logins from 203.0.113.7, delayed until"), staff().text());
        staff().pressButton("Lift the sign-in delays of guessed");
        assertTrue(staff().messages().toString().contains("The failed sign-ins of “guessed” are forgotten"), staff().messages().toString());
        assertEquals(302, outsider.attemptLogIn("guessed", temporary).statusCode(), "the delay is lifted");

        staff().open("/admin/audit.xhtml?subject=guessed");
        String log = staff().text().replaceAll("\\s+", " ");
        for (String entry : List.of("anonymous failed to sign in as guessed (from 203.0.113.7, failure 5 in a row)",
                "The portal delayed the sign-ins of guessed (from 203.0.113.7 for 60 seconds after 5 failures)",
                "guessed signed in as guessed (from 198.51.100.20)",
                "admin lifted the sign-in delays of guessed (failures forgotten from 1 address)")) {
            assertTrue(log.contains(entry), entry + " in " + log);
        }
    }

    @Test
    void aDisabledAccountCannotLogInAndTheSessionCookieIsHttpOnlyAndSameSite() throws Exception {
        String temporary = staff().logInAsAdmin().createAccount("leaver", "EDITOR");
        staff().pressButton("Disable leaver");
        assertTrue(staff().messages().toString().contains("“leaver” is disabled"), staff().messages().toString());
        staff().logOut();
        staff().logIn("leaver", temporary);
        assertEquals("Staff sign-in", staff().heading());

        HttpResponse<String> login = send(HttpRequest.newBuilder(uri("/login.xhtml")).GET(), null);
        String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
        assertEquals("no-store", login.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(login.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"));
    }

    @Test
    void theAuditLogRecordsWhoDidWhatAndFiltersIt() {
        staff().logInAsAdmin().createAccount("audited", "EDITOR");
        staff().open("/admin/audit.xhtml?kind=ACCOUNT&item=audited");
        String log = staff().text().replaceAll("\\s+", " ");
        assertTrue(log.contains("admin created the account audited (role Editor)"), log);
        assertTrue(browser().findElement(By.linkText("audited")).getAttribute("href").contains("/admin/accounts.xhtml#account-audited"));
        staff().open("/admin/audit.xhtml?kind=RELEASE");
        assertFalse(staff().text().contains("created the account"), "the filter leaves other kinds out");
        staff().open("/admin/audit.xhtml?from=yesterday");
        assertTrue(staff().messages().toString().contains("not a date"), staff().messages().toString());
    }

    @Test
    void anAdministratorDownloadsAllContentAndAnImportNeverOverwritesIt() throws Exception {
        staff().logInAsAdmin().open("/admin/");
        String session = staff().sessionCookie().orElseThrow().getValue();
        HttpResponse<String> export = send(HttpRequest.newBuilder(uri("/admin/export")).GET(), session);
        assertEquals(200, export.statusCode());
        assertTrue(export.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        assertTrue(export.body().contains("\"format\": \"country-office-portal/content-bundle\""), "a content bundle");
        assertTrue(export.body().contains("piloting-national-skills-passport-in-pakistan"));

        Path bundle = Files.writeString(Files.createTempFile("content", ".json"), export.body());
        staff().open("/admin/content.xhtml");
        browser().findElement(By.id("content:bundle")).sendKeys(bundle.toString());
        staff().press("content:import");
        assertTrue(staff().messages().toString().contains("this instance has content already"), staff().messages().toString());

        Path broken = Files.writeString(Files.createTempFile("broken", ".json"),
                export.body().replace("\"piloting-national-skills-passport-in-pakistan\"", "\"Not A Slug\""));
        browser().findElement(By.id("content:bundle")).sendKeys(broken.toString());
        staff().press("content:import");
        assertTrue(staff().messages().toString().contains("problem(s)"), staff().messages().toString());
        assertTrue(staff().text().contains("Not A Slug"), "the problem names the item");
    }

    private BackOffice staff() {
        return new BackOffice(browser(), base);
    }

    /**
     * Bad values in the fields of every back-office form, as a fuzzer sends them: text far over its limit, control
     * characters, bytes that are not UTF-8, words where numbers belong (hidden fields included), dates out of any
     * range. None gets a 5xx; each is refused, at its field, and changes nothing.
     */
    @Test
    void badValuesInEveryBackOfficeFormGetAMessageNeverAnErrorAndChangeNothing() throws Exception {
        StaffClient admin = new StaffClient(base.toString()).logIn(BackOffice.ADMIN, BackOffice.ADMIN_PASSWORD);
        String release = "piloting-national-skills-passport-in-pakistan";
        Map<String, List<String>> forms = new LinkedHashMap<>();
        forms.put("/admin/release.xhtml", List.of("release", "release:save"));
        forms.put("/admin/release.xhtml?slug=" + release, List.of("release", "release:schedule"));
        forms.put("/admin/translation.xhtml?slug=" + release + "&lang=ru", List.of("translation", "translation:save"));
        forms.put("/admin/office.xhtml?id=pakistan", List.of("office", "office:save"));
        forms.put("/admin/countries.xhtml?id=tajikistan", List.of("country", "country:save"));
        forms.put("/admin/contact.xhtml?office=pakistan", List.of("contact", "contact:save"));
        forms.put("/admin/coverage.xhtml", List.of("coverage", "coverage:save"));
        forms.put("/admin/accounts.xhtml", List.of("newAccount", "newAccount:create"));
        forms.put("/admin/password.xhtml", List.of("password", "password:submit"));
        List<String> badValues = List.of("", "x".repeat(20_001), "\u0000\u0007\u001b[2J", StaffClient.NOT_UTF_8, "not-a-number",
                "-99999999999999999999", "+999999999-12-31T23:59", "0202-02-02T02:02");
        long changes = auditEntries();
        Map<String, List<String>> fieldsOf = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> form : forms.entrySet()) {
            String page = form.getKey();
            String formId = form.getValue().get(0);
            String button = form.getValue().get(1);
            StaffClient.Form shown = admin.form(page, formId);
            List<String> fields = shown.values().keySet().stream().filter(name -> name.startsWith(formId + ":")).toList();
            assertFalse(fields.isEmpty(), page);
            fieldsOf.put(page, fields);
            for (String bad : badValues) {
                Map<String, String> everyField = new HashMap<>();
                fields.forEach(field -> everyField.put(field, bad));
                everyField.put(button, button);
                assertRefused(admin.post(page, shown, formId, everyField), page + ", every field " + abbreviated(bad));
            }
        }
        assertEquals(changes, auditEntries(), "nothing refused was changed");

        // One field at a time far over any limit, the others as shown: a field the button does not use may be ignored.
        for (Map.Entry<String, List<String>> form : forms.entrySet()) {
            String formId = form.getValue().get(0);
            String button = form.getValue().get(1);
            for (String field : fieldsOf.get(form.getKey())) {
                HttpResponse<String> response = admin.post(form.getKey(), admin.form(form.getKey(), formId), formId,
                        Map.of(field, "x".repeat(100_001), button, button));
                assertTrue(response.statusCode() < 500, form.getKey() + ", " + field + " over-long: " + response.statusCode());
            }
        }
    }

    private static void assertRefused(HttpResponse<String> response, String what) {
        assertTrue(response.statusCode() < 500, what + ": " + response.statusCode());
        assertEquals(200, response.statusCode(), what + ": the form again, not " + response.headers().firstValue("Location").orElse(""));
        assertTrue(response.body().contains("class=\"error\""), () -> what + ": a message says why, but the page says: "
                + Jsoup.parse(response.body()).select("main").text());
    }

    private static String abbreviated(String value) {
        return value.length() > 20 ? value.substring(0, 20) + "... (" + value.length() + ")" : value;
    }

    private static long auditEntries() throws SQLException {
        try (Connection db = TestDatabase.SHARED.connect(); Statement sql = db.createStatement();
             ResultSet count = sql.executeQuery("SELECT COUNT(*) FROM audit_entry")) {
            count.next();
            return count.getLong(1);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String session) throws IOException, InterruptedException {
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create(base.toString().replaceAll("/$", "") + path);
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }
}
