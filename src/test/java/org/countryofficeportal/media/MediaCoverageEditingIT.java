package org.countryofficeportal.media;

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

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Staff record media coverage in the back office; the public media page lists it, and a deletion is undone. */
@ExtendWith(SharedPortal.class)
class MediaCoverageEditingIT {

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
    void mediaCoverageIsRecordedAndListedOnTheMediaPage() throws Exception {
        staff().logInAsAdmin().open("/admin/coverage.xhtml");
        browser().findElement(By.cssSelector("[id='coverage:office'] option[value='pakistan']")).click();
        staff().type("coverage:slug", "staff-recorded-article").type("coverage:outlet", "A news agency")
                .type("coverage:title", "An article recorded by staff").type("coverage:text", "What the article says.");
        ((JavascriptExecutor) browser()).executeScript(
                "document.getElementById('coverage:published').value = '2024-05-02T10:30'");
        staff().press("coverage:save");
        assertTrue(staff().messages().toString().contains("Media item “An article recorded by staff” saved"), staff().messages().toString());
        staff().open("/media");
        assertTrue(staff().text().contains("An article recorded by staff"));
        // The time zone left as it was: the time is the Pakistan office's own, whichever office the form opened for.
        assertTrue(reads.get("/media").body().contains("datetime=\"2024-05-02T10:30+05:00\""), "dated in Pakistan time");

        staff().open("/admin/coverage.xhtml?slug=staff-recorded-article");
        browser().findElement(By.linkText("Delete this item…")).click();
        staff().press("coverage:confirmDelete");
        assertFalse(reads.get("/media").body().contains("An article recorded by staff"), "off the public page");
        staff().pressButton("Restore “An article recorded by staff”");
        assertTrue(reads.get("/media").body().contains("An article recorded by staff"), "back on the public page");
    }


    private BackOffice staff() {
        return new BackOffice(browser(), base);
    }
}
