package org.countryofficeportal.office;

import org.countryofficeportal.BackOffice;
import org.countryofficeportal.Browsers;
import org.countryofficeportal.SharedPortal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Staff keep offices, countries, contacts and media coverage in the back office; the public site follows. */
@ExtendWith(SharedPortal.class)
class OfficeEditingIT {

    @RegisterExtension
    static final Browsers browsers = new Browsers(2);

    private static WebDriver browser() {
        return browsers.first();
    }

    private final URL base = SharedPortal.base();

    @AfterEach
    void logOut() {
        staff().logOut();
        new BackOffice(browsers.second(), base).logOut();
    }

    @Test
    void twoStaffSavingTheSameContactGetTheOtherVersionBesideTheirOwn() {
        staff().logInAsAdmin().open("/admin/contacts.xhtml?office=tajikistan");
        String contact = browser().findElement(By.cssSelector(".contact-list a[href*='contact.xhtml?id=']")).getAttribute("href");
        BackOffice other = new BackOffice(browsers.second(), base).logInAsAdmin();
        other.open(contact.replaceAll("^https?://[^/]+", ""));
        staff().open(contact.replaceAll("^https?://[^/]+", ""));

        other.type("contact:role", "Role saved first").press("contact:save");
        staff().type("contact:role", "Role saved second").press("contact:save");

        assertTrue(staff().messages().toString().contains("This contact was saved elsewhere"), staff().messages().toString());
        assertTrue(browser().findElement(By.cssSelector("[id='theirs']")).getText().contains("Role saved first"));
        assertEquals("Role saved second", staff().value("contact:role"), "the editor keeps their own text");
        staff().press("contact:save");
        assertTrue(staff().text().contains("Role saved second"), "saving again, knowingly, replaces theirs");
    }

    @Test
    void overviewSectionsAreAddedAndReorderedThenShownInThatOrderOnTheAboutPage() throws Exception {
        staff().logInAsAdmin().open("/admin/office.xhtml?id=tajikistan").press("office:addSection");
        List<WebElement> sections = browser().findElements(By.cssSelector("[id^='office:sections:'][id$=':heading']"));
        int added = sections.size();
        sections.get(added - 1).sendKeys("A section written by staff");
        browser().findElements(By.cssSelector("[id^='office:sections:'][id$=':body']")).get(added - 1).sendKeys("Its text.");
        for (int i = added; i > 1; i--) {
            staff().pressButton("Move section " + i + " up");
        }
        staff().press("office:save");
        assertTrue(staff().messages().contains("Office saved."), staff().url() + "\n" + staff().text());
        staff().open("/about?office=tajikistan");
        assertEquals("A section written by staff", browser().findElement(By.cssSelector("main h2")).getText(), "first of the sections");
    }

    @Test
    void aCountryTakenOffTheTopOfAnOfficesListLeavesTheOthersCovered() throws Exception {
        staff().logInAsAdmin().open("/admin/office.xhtml?id=moscow");
        List<WebElement> covered = browser().findElements(By.cssSelector("[id='office:countries'] input[type=checkbox]:checked"));
        assertEquals(10, covered.size(), "the seed's ten countries");
        String dropped = label(covered.get(0));
        String kept = label(covered.get(covered.size() - 1));
        covered.get(0).click();
        staff().press("office:save");
        assertTrue(staff().messages().contains("Office saved."), staff().url() + "\n" + staff().text());
        String about = publicPage("/about?office=moscow");
        assertFalse(about.contains("<li>" + dropped + "</li>"), dropped + " is no longer covered");
        assertTrue(about.contains("<li>" + kept + "</li>"), kept + " still is");
    }

    @Test
    void badOfficeInputIsRefusedWithAMessageAndNothingIsSaved() {
        staff().logInAsAdmin().open("/admin/office.xhtml?id=pakistan");
        String yearOpened = staff().value("office:yearOpened");
        staff().type("office:name", "Renamed office").type("office:yearOpened", "last year").press("office:save");
        assertTrue(staff().messages().toString().contains("A year is four digits"), staff().messages().toString());
        assertEquals("last year", staff().value("office:yearOpened"), "the text is kept at its field");
        staff().type("office:yearOpened", "1870").press("office:save");
        assertTrue(staff().messages().toString().contains("between 1919 and 2100"), staff().messages().toString());
        staff().open("/admin/office.xhtml?id=pakistan");
        assertEquals(yearOpened, staff().value("office:yearOpened"), "nothing of the refused save was kept");
        assertFalse(staff().heading().contains("Renamed office"));
        browser().findElement(By.linkText("Delete this office…")).click();
        staff().press("office:confirmDelete");
        assertTrue(staff().messages().toString().contains("still has releases"), staff().messages().toString());
    }

    @Test
    void memberStateFactsAreCorrectedOnTheCountriesPage() throws Exception {
        staff().logInAsAdmin().open("/admin/countries.xhtml?id=tajikistan");
        staff().type("country:conventions", "51").press("country:save");
        assertTrue(staff().messages().toString().contains("saved"), staff().messages().toString());
        staff().type("country:fundamentalConventions", "60").press("country:save");
        assertTrue(staff().messages().toString().contains("must be between 0 and all conventions"), staff().messages().toString());
        staff().open("/admin/countries.xhtml?id=tajikistan&ask=delete").press("country:confirmDelete");
        assertTrue(staff().messages().toString().contains("An office covers Tajikistan"), staff().messages().toString());
        staff().open("/admin/countries.xhtml").type("country:id", "atlantis").type("country:name", "Atlantis").press("country:save");
        staff().open("/admin/countries.xhtml?id=atlantis&ask=delete").press("country:confirmDelete");
        assertTrue(staff().messages().toString().contains("Country “Atlantis” deleted."), staff().messages().toString());

        // Over HTTP: the test browser may keep the page from another test for its max-age, as browsers do.
        assertTrue(publicPage("/about?office=tajikistan").contains("51 Conventions ratified"), "the corrected count is public");
    }

    @Test
    void anEditorAddsAContactWithPhonesThatThePublicContactPageLinks() throws Exception {
        String temporary = staff().logInAsAdmin().createAccount("contact-editor", "EDITOR");
        staff().logOut();
        staff().logInFirstTime("contact-editor", temporary, "contact editor password");
        staff().open("/admin/contact.xhtml?office=pakistan");
        staff().type("contact:name", "Test Person").type("contact:role", "Communication Officer")
                .type("contact:email", "not-an-address").type("contact:phones", "+92 51 111 2222 ext. 15");
        // An e-mail field: the browser itself names the mistake at the field and sends nothing.
        browser().findElement(By.id("contact:save")).click();
        assertEquals(Boolean.FALSE, ((JavascriptExecutor) browser()).executeScript(
                "return document.getElementById('contact:email').validity.valid"));
        assertEquals("+92 51 111 2222 ext. 15", staff().value("contact:phones").strip(), "what was typed is kept");
        // One the browser takes but the portal does not: the portal's message, at the field.
        staff().type("contact:email", "test.person@example").press("contact:save");
        assertTrue(staff().messages().toString().contains("not an e-mail address"), staff().messages().toString());
        assertEquals("+92 51 111 2222 ext. 15", staff().value("contact:phones").strip(), "what was typed is kept");
        staff().type("contact:email", "test.person@example.org").press("contact:save");
        assertTrue(staff().url().contains("/admin/contacts.xhtml"), staff().url());
        assertTrue(staff().text().contains("Test Person"));
        staff().open("/contact");
        assertFalse(browser().findElements(By.cssSelector("a[href='tel:+92511112222;ext=15']")).isEmpty(), "the phone with its extension");
        assertFalse(browser().findElements(By.cssSelector("a[href='mailto:test.person@example.org']")).isEmpty());

        // Deleting asks, and a deleted contact can be restored.
        staff().open("/admin/contacts.xhtml?office=pakistan");
        browser().findElement(By.linkText("Delete Test Person…")).click();
        assertTrue(staff().text().contains("Delete Test Person from the office's contacts?"));
        staff().pressButton("Yes, delete Test Person");
        assertTrue(staff().messages().toString().contains("Contact deleted"), staff().messages().toString());
        assertFalse(publicPage("/contact").contains("Test Person"), "off the public page");
        staff().pressButton("Restore Test Person");
        assertTrue(publicPage("/contact").contains("Test Person"), "back on the public page");
    }

    @Test
    void mediaCoverageIsRecordedAndListedOnTheMediaPage() throws Exception {
        staff().logInAsAdmin().open("/admin/coverage.xhtml");
        browser().findElement(By.cssSelector("[id='coverage:office'] option[value='pakistan']")).click();
        browser().findElement(By.cssSelector("[id='coverage:timeZone'] option[value='Asia/Karachi']")).click();
        staff().type("coverage:slug", "staff-recorded-article").type("coverage:outlet", "A news agency")
                .type("coverage:title", "An article recorded by staff").type("coverage:text", "What the article says.");
        ((JavascriptExecutor) browser()).executeScript(
                "document.getElementById('coverage:published').value = '2024-05-02T10:30'");
        staff().press("coverage:save");
        assertTrue(staff().messages().toString().contains("Media item “An article recorded by staff” saved"), staff().messages().toString());
        staff().open("/media");
        assertTrue(staff().text().contains("An article recorded by staff"));

        staff().open("/admin/coverage.xhtml?slug=staff-recorded-article");
        browser().findElement(By.linkText("Delete this item…")).click();
        staff().press("coverage:confirmDelete");
        assertFalse(publicPage("/media").contains("An article recorded by staff"), "off the public page");
        staff().pressButton("Restore “An article recorded by staff”");
        assertTrue(publicPage("/media").contains("An article recorded by staff"), "back on the public page");
    }

    private String publicPage(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private String label(WebElement checkbox) {
        return browser().findElement(By.cssSelector("label[for='" + checkbox.getAttribute("id") + "']")).getText();
    }

    private BackOffice staff() {
        return new BackOffice(browser(), base);
    }
}
