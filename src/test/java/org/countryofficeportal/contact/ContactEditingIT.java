package org.countryofficeportal.contact;

import org.countryofficeportal.BackOffice;
import org.countryofficeportal.Browsers;
import org.countryofficeportal.PublicSide;
import org.countryofficeportal.SharedPortal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.net.URL;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Staff keep an office's contacts in the back office: two saving one contact, phones the public contact page links, deletion undone. */
@ExtendWith(SharedPortal.class)
class ContactEditingIT {

    @RegisterExtension
    static final Browsers browsers = new Browsers(2);

    private static WebDriver browser() {
        return browsers.first();
    }

    private final URL base = SharedPortal.base();
    private final PublicSide reads = new PublicSide(() -> base);

    @AfterEach
    void signOutForTheNextTest() {
        staff().forgetSession();
        new BackOffice(browsers.second(), base).forgetSession();
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
    void anEditorAddsAContactWithPhonesThatThePublicContactPageLinks() throws Exception {
        String temporary = staff().logInAsAdmin().createAccount("contact-editor", "EDITOR");
        staff().logOut();
        staff().logInFirstTime("contact-editor", temporary, "contact editor password");
        // The office chosen in the list's menu is the new contact's, without showing its list first.
        staff().open("/admin/contacts.xhtml?office=tajikistan");
        browser().findElement(By.cssSelector("#office option[value='pakistan']")).click();
        staff().pressButton("New contact");
        assertTrue(staff().url().contains("/admin/contact.xhtml?office=pakistan"), staff().url());
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
        // A phone line the form's converter refuses: at the field, and above the form as every refusal is.
        staff().type("contact:email", "test.person@example.org").type("contact:phones", "051 2276456 x 214").press("contact:save");
        assertTrue(staff().messages().contains("Nothing was saved: correct what is marked, then try again."), staff().messages().toString());
        assertTrue(staff().messages().toString().contains("“051 2276456 x 214” is not a phone number"), staff().messages().toString());
        staff().type("contact:phones", "+92 51 111 2222 ext. 15").press("contact:save");
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
        assertFalse(reads.get("/contact").body().contains("Test Person"), "off the public page");
        staff().pressButton("Restore Test Person");
        assertTrue(reads.get("/contact").body().contains("Test Person"), "back on the public page");
    }


    private BackOffice staff() {
        return new BackOffice(browser(), base);
    }
}
