package org.countryofficeportal;

import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A staff member at work in the back office, in a real browser. */
public final class BackOffice {

    public static final String ADMIN = "admin";
    /** Given to the test runtime as OFFICE_ADMIN_PASSWORD (see the failsafe configuration). */
    public static final String ADMIN_PASSWORD = System.getProperty("portal.testAdminPassword");

    private static final String NODE_OF_ANOTHER_DOCUMENT = "does not belong to the document";

    private final WebDriver browser;
    private final URL base;

    public BackOffice(WebDriver browser, URL base) {
        this.browser = browser;
        this.base = base;
    }

    /** Signs in as that staff member; whoever was signed in before (the login page sends them on) signs out first. */
    public BackOffice logIn(String username, String password) {
        open("/login.xhtml");
        if (browser.findElements(By.id("login:username")).isEmpty()) {
            logOut();
            open("/login.xhtml");
        }
        browser.findElement(By.id("login:username")).sendKeys(username);
        browser.findElement(By.id("login:password")).sendKeys(password);
        return press("login:submit");
    }

    /**
     * Signs in as the administrator the quick way, for the many tests about something else: the login form is sent
     * over HTTP ({@link StaffClient}) and its session handed to the browser, which shows what it showed before: the
     * test opens the page it needs next. Three to five pages fewer than through the form; whoever was signed in in
     * this browser before is forgotten, not signed out. {@link #logIn} goes through the form, as a person does.
     */
    public BackOffice logInAsAdmin() {
        String session;
        try {
            session = new StaffClient(base.toString()).logIn(ADMIN, ADMIN_PASSWORD).sessionId()
                    .orElseThrow(() -> new IllegalStateException("signed in, but no session cookie"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        // As the portal sets it (config/preboot.asadmin): host-only, the whole site, HttpOnly, SameSite=Lax.
        ((HasCdp) browser).executeCdpCommand("Network.setCookie", Map.of("name", "JSESSIONID", "value", session,
                "url", base.toString(), "path", "/", "httpOnly", true, "sameSite", "Lax"));
        return this;
    }

    /** Signs out with the back office's button, where the page shows it, and forgets the session cookie. */
    public void logOut() {
        if (!browser.findElements(By.id("logout:submit")).isEmpty()) {
            press("logout:submit");
        }
        browser.manage().deleteAllCookies();
    }

    /**
     * Leaves the browser signed out for the next test, without a page: its cookies are forgotten, and the session
     * they named ends on the server in its own time. (Signing out with the button is tested in StaffAccessIT.)
     */
    public void forgetSession() {
        ((HasCdp) browser).executeCdpCommand("Network.clearBrowserCookies", Map.of());
    }

    public BackOffice open(String path) {
        browser.get(base.toString().replaceAll("/$", "") + path);
        awaitEditors();
        return this;
    }

    /** Writes HTML into a rich-text field as a staff member who knows HTML does: in its editor's HTML mode. */
    public BackOffice typeHtml(String id, String html) {
        WebElement field = browser.findElement(By.id(id));
        if (!field.isDisplayed()) {
            editorOf(id).findElement(By.xpath(".//button[normalize-space()='HTML']")).click();
        }
        return type(id, html);
    }

    /** The rich-text editor in front of a field. */
    public WebElement editorOf(String id) {
        return browser.findElement(By.id(id)).findElement(By.xpath("preceding-sibling::div[contains(@class, 'rich-editor')]"));
    }

    /**
     * Waits for the page's rich-text editors, which start once their modules are loaded: until then the page shows the
     * plain field, and what a test typed there could land in the editor or not.
     */
    private void awaitEditors() {
        new WebDriverWait(browser, Duration.ofSeconds(15)).withMessage("the rich-text editors did not start")
                .until(driver -> (Boolean) ((JavascriptExecutor) driver).executeScript(
                        "return [...document.querySelectorAll('textarea.rich-text')].every(field => field.classList.contains('rich-source'))"));
    }

    public BackOffice type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** Presses a button and waits for the page it leads to: every back-office form posts and loads a page. */
    public BackOffice press(String id) {
        return pressAndWait(By.id(id));
    }

    public BackOffice pressButton(String label) {
        return pressAndWait(By.cssSelector("input[type=submit][value='" + label + "']"));
    }

    /** Goes back a page, as the browser's back button does, and waits for the page it shows. */
    public BackOffice back() {
        WebElement page = browser.findElement(By.tagName("html"));
        browser.navigate().back();
        return awaitNextPage(page);
    }

    private BackOffice pressAndWait(By button) {
        return awaitNextPage(clickWhenSettled(button, 5));
    }

    /** Waits until the page that was shown is gone and the next one is loaded, its editors started. */
    private BackOffice awaitNextPage(WebElement page) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(45));
        wait.until(driver -> isGone(page));
        wait.until(driver -> "complete".equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
        awaitEditors();
        return this;
    }

    /** Whether the page a click left is gone; Chromium says so in two ways. */
    private static boolean isGone(WebElement page) {
        try {
            page.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains(NODE_OF_ANOTHER_DOCUMENT)) {
                return true;
            }
            throw e;
        }
    }

    /**
     * Clicks the button, once Chromium has settled on the page: just after a load it at times still holds the previous
     * document's node ids ("does not belong to the document"), and then the button is found again. Returns the page
     * the click left.
     */
    private WebElement clickWhenSettled(By button, int attempts) {
        try {
            WebElement page = browser.findElement(By.tagName("html"));
            browser.findElement(button).click();
            return page;
        } catch (WebDriverException e) {
            if (attempts <= 1 || !String.valueOf(e.getMessage()).contains(NODE_OF_ANOTHER_DOCUMENT)) {
                throw e;
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw e;
            }
            return clickWhenSettled(button, attempts - 1);
        }
    }

    public String heading() {
        return browser.findElement(By.tagName("h1")).getText();
    }

    public String text() {
        return browser.findElement(By.tagName("body")).getText();
    }

    public String value(String id) {
        return browser.findElement(By.id(id)).getAttribute("value");
    }

    /** The messages the page shows about the last action. */
    public List<String> messages() {
        return browser.findElements(By.cssSelector(".messages li, span.error")).stream().map(WebElement::getText).toList();
    }

    public String url() {
        return browser.getCurrentUrl();
    }

    public Optional<Cookie> sessionCookie() {
        return Optional.ofNullable(browser.manage().getCookieNamed("JSESSIONID"));
    }

    /** Creates an account as the signed-in administrator and returns its temporary password. */
    public String createAccount(String username, String role) {
        open("/admin/accounts.xhtml");
        type("newAccount:username", username);
        browser.findElement(By.cssSelector("#newAccount\\:role option[value='" + role + "']")).click();
        press("newAccount:create");
        String message = messages().stream().filter(m -> m.contains("temporary password")).findFirst()
                .orElseThrow(() -> new AssertionError("no account created: " + messages()));
        return message.substring(message.lastIndexOf(' ') + 1);
    }

    /** Logs in with a temporary password and replaces it, as the back office demands. */
    public BackOffice logInFirstTime(String username, String temporaryPassword, String newPassword) {
        logIn(username, temporaryPassword);
        type("password:currentPassword", temporaryPassword).type("password:newPassword", newPassword)
                .type("password:repeatedPassword", newPassword);
        return press("password:submit");
    }
}
