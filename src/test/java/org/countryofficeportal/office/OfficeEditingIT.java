package org.countryofficeportal.office;

import org.countryofficeportal.BackOffice;
import org.countryofficeportal.Browsers;
import org.countryofficeportal.PublicSide;
import org.countryofficeportal.SharedPortal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.net.URL;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Staff keep offices and countries in the back office; the public site follows. */
@ExtendWith(SharedPortal.class)
class OfficeEditingIT {

    @RegisterExtension
    static final Browsers browsers = new Browsers(1);

    private static WebDriver browser() {
        return browsers.first();
    }

    private final URL base = SharedPortal.base();
    private final PublicSide reads = new PublicSide(() -> base);

    @AfterEach
    void signOutForTheNextTest() {
        staff().forgetSession();
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
        String about = reads.get("/about?office=moscow").body();
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
        assertTrue(reads.get("/about?office=tajikistan").body().contains("51 Conventions ratified"), "the corrected count is public");
    }

    private String label(WebElement checkbox) {
        return browser().findElement(By.cssSelector("label[for='" + checkbox.getAttribute("id") + "']")).getText();
    }

    private BackOffice staff() {
        return new BackOffice(browser(), base);
    }
}
