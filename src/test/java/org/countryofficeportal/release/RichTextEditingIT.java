package org.countryofficeportal.release;

import javax.imageio.ImageIO;
import org.countryofficeportal.BackOffice;
import org.countryofficeportal.PublicSide;
import org.countryofficeportal.Browser;
import org.countryofficeportal.Browsers;
import org.countryofficeportal.SharedPortal;
import org.countryofficeportal.StaffClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The back office's rich-text editor in a real browser, as a communications officer uses it: written with the toolbar
 * and with shortcuts, pasted into from Word, Google Docs and a plain-text e-mail, in Urdu from right to left; what it
 * writes is what the server keeps and the public sees, and what the server removes is told in words. It runs under
 * the back office's Content-Security-Policy (the portal's own scripts, no inline script or style, no eval) without a
 * single refusal, and the form works without it.
 */
@ExtendWith(SharedPortal.class)
class RichTextEditingIT {

    /** What Word (desktop) puts on the clipboard for a heading, a formatted paragraph, two lists and a table. */
    private static final String FROM_WORD = """
            <html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
            <head><meta name=Generator content="Microsoft Word 15"><style><!-- p.MsoNormal{font-family:"Calibri",sans-serif;}
            --></style></head><body lang=EN-GB style='tab-interval:36.0pt'><!--StartFragment-->
            <h1 style='mso-margin-top-alt:auto'><span style='font-family:"Arial",sans-serif;color:#2E74B5'>Skills passport piloted<o:p></o:p></span></h1>
            <p class=MsoNormal><span style='font-size:12.0pt;font-family:"Times New Roman",serif;color:red;mso-fareast-font-family:Calibri'>The ILO
            and the <b>Government</b> of Pakistan <i>launched</i> a pilot.<o:p></o:p></span></p>
            <p class=MsoNormal><o:p>&nbsp;</o:p></p>
            <p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span
            style='font-family:Symbol;mso-fareast-font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;
            </span></span></span><![endif]>First bullet<o:p></o:p></p>
            <p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span
            style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;
            </span></span></span><![endif]>Second bullet<o:p></o:p></p>
            <p class=MsoNormal>Then the steps:</p>
            <p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span
            style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]>First step<o:p></o:p></p>
            <p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span
            style='mso-list:Ignore'>2.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]>Second step<o:p></o:p></p>
            <table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;mso-yfti-tbllook:1184'>
            <tr style='mso-yfti-irow:0'><td width=301 valign=top style='width:225.4pt;border:solid windowtext 1.0pt'>
            <p class=MsoNormal><b>Province</b></p></td><td width=301 valign=top><p class=MsoNormal><b>Workers</b></p></td></tr>
            <tr><td width=301 valign=top><p class=MsoNormal>Punjab</p></td><td width=301 valign=top><p class=MsoNormal>12,000</p></td></tr>
            </table>
            <p class=MsoNormal><img width=64 height=48 src="file:///C:/Users/officer/AppData/Local/Temp/msohtmlclip1/01/clip_image001.png"
            alt="A chart"><o:p></o:p></p>
            <!--EndFragment--></body></html>""";

    /** What Google Docs puts on the clipboard: everything in a <b> that is not bold, bold and italic as styles. */
    private static final String FROM_GOOGLE_DOCS = "<meta charset=\"utf-8\"><b style=\"font-weight:normal;\" id=\"docs-internal-guid-4c1f\">"
            + "<h2 dir=\"ltr\" style=\"line-height:1.38;margin-top:18pt\"><span style=\"font-size:16pt;font-family:Arial;color:#000000;"
            + "font-weight:400\">Results</span></h2><p dir=\"ltr\" style=\"line-height:1.38\"><span style=\"font-size:11pt;font-weight:700\">"
            + "Bold part</span><span style=\"font-size:11pt;font-weight:400\"> and normal, </span><span style=\"font-style:italic\">"
            + "slanted</span></p><ul style=\"margin-top:0\"><li dir=\"ltr\" style=\"list-style-type:disc\" aria-level=\"1\">"
            + "<p dir=\"ltr\" role=\"presentation\"><span style=\"color:#1155cc\">Item A</span></p></li></ul></b>";

    /** A plain-text e-mail: paragraphs between blank lines, one wrapped at 72 characters, a bulleted and a numbered list. */
    private static final String FROM_AN_EMAIL = """
            First paragraph of the e-mail.

            This paragraph was wrapped by the mail program at seventy-two characters
            so its lines make one paragraph, not three, when it is pasted into the
            editor.

            What we did:
            - trained inspectors
            * visited factories

            1. Register
            2. Apply

            Last line.""";

    @RegisterExtension
    static final Browsers browsers = new Browsers(1);

    private static WebDriver browser() {
        return browsers.first();
    }

    private final URL base = SharedPortal.base();

    private final PublicSide reads = new PublicSide(() -> base);

    @AfterEach
    void signOutForTheNextTest() {
        browser().manage().window().setSize(new Dimension(1280, 900));
        staff().forgetSession();
    }

    @Test
    void aBodyWrittenWithTheToolbarAndWithShortcutsIsSavedAsWrittenAndPublicWithItsStructure() throws Exception {
        draft("written-in-the-editor", "Written in the editor");
        upload("Two apprentices at a workbench");
        WebElement text = editor("release:body");
        text.click();
        text.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);

        new Select(toolbar("release:body").findElement(By.tagName("select"))).selectByVisibleText("Heading 2");
        text.sendKeys("With the toolbar", Keys.ENTER, "He said \"yes\" & it's done: ");
        button("release:body", "Bold").click();
        text.sendKeys("12,000 workers");
        button("release:body", "Bold").click();
        text.sendKeys(" trained, ");
        button("release:body", "Italic").click();
        text.sendKeys("in Punjab");
        button("release:body", "Italic").click();
        text.sendKeys(" (see ");
        button("release:body", "Link").click();
        linkDialog("www.ilo.org/islamabad", "the office's page");
        text.sendKeys(").", Keys.ENTER);
        button("release:body", "• List").click();
        text.sendKeys("Training", Keys.ENTER, "Inspection", Keys.ENTER, Keys.ENTER);
        button("release:body", "1. List").click();
        text.sendKeys("Register", Keys.ENTER, "Apply", Keys.ENTER, Keys.ENTER);

        text.sendKeys(Keys.chord(Keys.CONTROL, Keys.ALT, "2"), "With shortcuts", Keys.ENTER, "Then ");
        text.sendKeys(Keys.chord(Keys.CONTROL, "b"), "bold", Keys.chord(Keys.CONTROL, "b"), " and ");
        text.sendKeys(Keys.chord(Keys.CONTROL, "i"), "italic", Keys.chord(Keys.CONTROL, "i"), " and ");
        text.sendKeys(Keys.chord(Keys.CONTROL, "k"));
        linkDialog("https://www.ilo.org/global/lang--en/index.htm", "the ILO");
        text.sendKeys(".", Keys.ENTER, Keys.chord(Keys.CONTROL, Keys.SHIFT, "8"), "First point", Keys.ENTER, "Second point",
                Keys.ENTER, Keys.ENTER, Keys.chord(Keys.CONTROL, Keys.SHIFT, "7"), "Step one", Keys.ENTER, Keys.ENTER,
                Keys.chord(Keys.CONTROL, Keys.SHIFT, "b"), "A quote", Keys.ENTER, Keys.ENTER);
        button("release:body", "Table").click();
        text.sendKeys("Province", Keys.TAB, "Workers", Keys.TAB, "Women", Keys.TAB, "Punjab", Keys.TAB, "12,000", Keys.TAB, "5,000");
        assertTrue(toolbar("release:body").findElement(By.xpath(".//button[normalize-space()='Add row']")).isDisplayed(),
                "the table's tools show in a table");
        text.sendKeys(Keys.chord(Keys.CONTROL, Keys.END));
        button("release:body", "Image").click();
        WebElement imageDialog = browser().findElement(By.cssSelector("dialog[open]"));
        assertTrue(imageDialog.findElement(By.cssSelector("input[list]")).getAttribute("value").startsWith("/images/"),
                "the release's own image is offered: " + imageDialog.getText());
        imageDialog.findElements(By.cssSelector("input[type=text]")).get(1).sendKeys("Two apprentices at a workbench");
        imageDialog.findElement(By.xpath(".//button[normalize-space()='Save the image']")).click();

        assertNoHorizontalScrollOnAPhone("the editor with a table");
        String written = staff().value("release:body");
        staff().press("release:save");
        assertFalse(staff().messages().toString().contains("Removed"), "the server removed nothing the editor wrote: " + staff().messages());
        assertEquals(written, staff().value("release:body"), "what comes back to the editor is what it wrote");
        assertTrue(written.contains("He said \"yes\" &amp; it's done"), "quotes stay quotes: " + written);

        staff().press("release:publish");
        reads.awaitStatus("/releases/written-in-the-editor", 200);
        Document page = Jsoup.parse(reads.get("/releases/written-in-the-editor").body());
        Document api = Jsoup.parseBodyFragment(reads.json("/api/v1/releases/written-in-the-editor").getString("body"));
        for (org.jsoup.nodes.Element body : List.of(page.selectFirst(".body"), api.body())) {
            String where = body.ownerDocument() == page ? "the public page" : "the API";
            assertEquals(List.of("With the toolbar", "With shortcuts"), body.select("h2").eachText(), where);
            assertEquals(List.of("12,000 workers", "bold"), body.select("p > strong").eachText(), where);
            assertEquals(List.of("in Punjab", "italic"), body.select("p > em").eachText(), where);
            assertEquals(List.of("https://www.ilo.org/islamabad", "https://www.ilo.org/global/lang--en/index.htm"),
                    body.select("a").eachAttr("href"), where);
            assertEquals(List.of("the office's page", "the ILO"), body.select("a").eachText(), where);
            assertEquals(List.of("Training", "Inspection"), body.select("ul").get(0).select("li").eachText(), where);
            assertEquals(List.of("First point", "Second point"), body.select("ul").get(1).select("li").eachText(), where);
            assertEquals(List.of("Register", "Apply"), body.select("ol").get(0).select("li").eachText(), where);
            assertEquals(List.of("Step one"), body.select("ol").get(1).select("li").eachText(), where);
            assertEquals("A quote", body.select("blockquote").text(), where);
            assertEquals(List.of("Province", "Workers", "Women"), body.select("table th").eachText(), where);
            assertEquals(List.of("Punjab", "12,000", "5,000"), body.select("table td").eachText(), where);
            assertEquals("Two apprentices at a workbench", body.select("img[src^=/images/]").last().attr("alt"), where);
        }
        assertTrue(page.select(".body [style], .body [class]").isEmpty(), "no style or class in the body");
        assertEquals(List.of(), Browser.consoleProblems(browser()), "the editor ran without a refusal or an error");
    }

    @Test
    void pastesFromWordGoogleDocsAndAnEmailKeepTheirParagraphsHeadingsAndListsAndDropTheRest() throws Exception {
        draft("pasted-release", "Pasted from elsewhere");
        WebElement text = editor("release:body");
        text.click();
        text.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        paste(text, "text/html", FROM_WORD);
        paste(text, "text/html", FROM_GOOGLE_DOCS);
        paste(text, "text/plain", FROM_AN_EMAIL);
        assertTrue(staff().editorOf("release:body").findElement(By.cssSelector("[role=status]")).getText()
                .startsWith("Pasted without its image"), "the picture Word had on the clipboard is left out, and said so");
        staff().press("release:save");
        assertFalse(staff().messages().toString().contains("Removed"), staff().messages().toString());

        String saved = staff().value("release:body");
        Document body = Jsoup.parseBodyFragment(saved);
        assertEquals(List.of("Skills passport piloted", "Results"), body.select("h2").eachText(), "Word's level 1 is a level 2: " + saved);
        assertEquals(List.of("The ILO and the Government of Pakistan launched a pilot.", "Then the steps:",
                "Bold part and normal, slanted", "First paragraph of the e-mail.",
                "This paragraph was wrapped by the mail program at seventy-two characters so its lines make one paragraph, not"
                        + " three, when it is pasted into the editor.", "What we did:", "Last line."),
                body.select("body > p").eachText(), saved);
        assertEquals(List.of("Government", "Bold part"), body.select("body > p > strong").eachText(), saved);
        assertEquals(List.of("launched", "slanted"), body.select("body > p > em").eachText(), saved);
        assertEquals(List.of("Province", "Workers"), body.select("table strong").eachText(), saved);
        assertEquals(List.of("First bullet", "Second bullet"), body.select("ul").get(0).select("li").eachText(), saved);
        assertEquals(List.of("First step", "Second step"), body.select("ol").get(0).select("li").eachText(), saved);
        assertEquals(List.of("Item A"), body.select("ul").get(1).select("li").eachText(), saved);
        assertEquals(List.of("trained inspectors", "visited factories"), body.select("ul").get(2).select("li").eachText(), saved);
        assertEquals(List.of("Register", "Apply"), body.select("ol").get(1).select("li").eachText(), saved);
        for (String left : List.of("style", "class", "span", "font", "mso", "o:p", "<!--", "file:", "Symbol", "docs-internal", "<b ",
                "·", "Times New Roman", "color")) {
            assertFalse(saved.contains(left), "'" + left + "' is left behind: " + saved);
        }
        assertEquals(List.of(), Browser.consoleProblems(browser()), "pasting caused no refusal by the Content-Security-Policy");
    }

    @Test
    void anUrduTranslationIsWrittenRightToLeftAndPublicSo() throws Exception {
        draft("urdu-translated", "Decent work in Punjab");
        staff().press("release:publish");
        browser().findElement(By.cssSelector("[id='release:translation'] option[value='ur']")).click();
        staff().press("release:addTranslation");
        staff().type("translation:title", "پنجاب میں مناسب کام").type("translation:summary", "اردو خلاصہ");

        WebElement text = editor("translation:body");
        assertEquals("rtl", text.getCssValue("direction"), "the Urdu body is written right to left");
        text.click();
        text.sendKeys("پاکستان میں مناسب کام", Keys.ENTER, Keys.chord(Keys.CONTROL, Keys.SHIFT, "8"), "پہلا نکتہ", Keys.ENTER,
                "دوسرا نکتہ");
        assertTrue((Boolean) ((JavascriptExecutor) browser()).executeScript("""
                const paragraph = arguments[0].querySelector('p');
                const range = document.createRange();
                range.selectNodeContents(paragraph);
                const line = range.getBoundingClientRect(), box = paragraph.getBoundingClientRect();
                return Math.abs(line.right - box.right) < 2 && line.left - box.left > 50""", text),
                "the Urdu line starts at the right");
        staff().press("translation:save");
        assertTrue(staff().messages().toString().contains("Urdu translation saved"), staff().messages().toString());

        reads.awaitBody("/ur/releases/urdu-translated", "دوسرا نکتہ");
        Document page = Jsoup.parse(reads.get("/ur/releases/urdu-translated").body());
        assertEquals("پاکستان میں مناسب کام", page.select(".body p").first().text());
        assertEquals(List.of("پہلا نکتہ", "دوسرا نکتہ"), page.select(".body ul li").eachText());
        assertEquals("rtl", page.select(".body").parents().select("[dir]").first().attr("dir"), "shown right to left");
    }

    @Test
    void whatTheServerRemovesIsToldInWordsAndAFormWithoutScriptSavesAsBefore() throws Exception {
        draft("sanitised-release", "Sanitised on save");
        staff().typeHtml("release:body", "<p onclick=\"alert(1)\" style=\"color:red\">Kept</p><script>alert(2)</script>"
                + "<p style=\"font-size:20px\">Also kept</p>").press("release:save");
        assertTrue(staff().messages().contains("Removed from the body: an onclick attribute, 2 inline styles and a script."),
                staff().messages().toString());
        assertEquals("<p>Kept</p><p>Also kept</p>", staff().value("release:body"));
        assertEquals("Kept\nAlso kept", editor("release:body").getText());
        staff().press("release:save");
        assertFalse(staff().messages().toString().contains("Removed"), "nothing to remove the second time: " + staff().messages());

        StaffClient withoutScript = new StaffClient(base.toString()).logIn(BackOffice.ADMIN, BackOffice.ADMIN_PASSWORD);
        String translation = "/admin/translation.xhtml?slug=sanitised-release&lang=ru";
        assertTrue(Jsoup.parse(withoutScript.get(translation).body()).select("textarea.rich-text").hasAttr("name"),
                "without script the body is the plain field");
        HttpResponse<String> saved = withoutScript.follow(withoutScript.submit(translation, "translation", Map.of(
                "translation:title", "Без редактора", "translation:summary", "Резюме",
                "translation:body", "<h2>Typed without the editor</h2>\r\n<p class=\"x\">as HTML</p>", "translation:save", "Save")));
        assertTrue(saved.body().contains("Removed from the body: a class."), "told without script too: " + saved.body());
        assertEquals("<h2>Typed without the editor</h2>\n<p>as HTML</p>",
                Jsoup.parse(withoutScript.get(translation).body()).getElementById("translation:body").wholeText().strip(),
                "the field shows what was kept");
    }

    @Test
    void theBackOfficeRunsItsOwnScriptsOnlyAndTheEditorAndItsDialogsMeetWcag21Aa() throws Exception {
        String backOffice = "default-src 'none'; script-src 'self'; style-src 'self'; font-src 'self'; img-src 'self';"
                + " form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
        assertEquals(backOffice, reads.get("/login.xhtml").headers().firstValue("Content-Security-Policy").orElse(""));
        StaffClient client = new StaffClient(base.toString()).logIn(BackOffice.ADMIN, BackOffice.ADMIN_PASSWORD);
        HttpResponse<String> editorPage = client.get("/admin/release.xhtml");
        assertEquals(backOffice, editorPage.headers().firstValue("Content-Security-Policy").orElse(""));
        Document markup = Jsoup.parse(editorPage.body());
        assertTrue(markup.select("script:not([src]), [style], [onclick], [onload]").isEmpty(), "no inline script or style");
        assertEquals(List.of("/static/admin/admin.js"), markup.select("script[src]").eachAttr("src"));
        for (String publicPage : List.of("/", "/releases", "/admin/preview/piloting-national-skills-passport-in-pakistan")) {
            String policy = (publicPage.startsWith("/admin") ? client.get(publicPage) : reads.get(publicPage))
                    .headers().firstValue("Content-Security-Policy").orElse("");
            assertFalse(policy.contains("script-src"), publicPage + " runs no script: " + policy);
        }

        draft("accessible-editor", "An accessible editor");
        WebElement text = editor("release:body");
        text.click();
        text.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), Keys.ENTER, "A table:");
        button("release:body", "Table").click();
        List<String> violations = new ArrayList<>(axe("the editor in a table"));
        assertEquals(Boolean.TRUE, ((JavascriptExecutor) browser()).executeScript("return document.activeElement.isContentEditable"));
        text.sendKeys(Keys.chord(Keys.ALT, Keys.F10));
        assertFalse(browser().switchTo().activeElement().findElements(By.xpath("ancestor::*[@role='toolbar']")).isEmpty(),
                "Alt+F10 goes to the toolbar");
        browser().switchTo().activeElement().sendKeys(Keys.HOME);
        assertEquals("select", browser().switchTo().activeElement().getTagName(), "Home goes to its first control");
        browser().switchTo().activeElement().sendKeys(Keys.ARROW_RIGHT);
        assertEquals("Bold", browser().switchTo().activeElement().getText(), "the arrow keys go along the toolbar");
        assertEquals(List.of("0"), toolbar("release:body").findElements(By.cssSelector("[tabindex='0']")).stream()
                .map(control -> control.getAttribute("tabindex")).toList(), "the toolbar is one tab stop");
        browser().switchTo().activeElement().sendKeys(Keys.ESCAPE);
        assertEquals(Boolean.TRUE, ((JavascriptExecutor) browser()).executeScript("return document.activeElement.isContentEditable"),
                "Escape goes back to the text");
        text.sendKeys(Keys.chord(Keys.CONTROL, "k"));
        violations.addAll(axe("the link dialog"));
        browser().switchTo().activeElement().sendKeys(Keys.ESCAPE);
        button("release:body", "Image").click();
        violations.addAll(axe("the image dialog"));
        browser().switchTo().activeElement().sendKeys(Keys.ESCAPE);
        button("release:body", "HTML").click();
        assertTrue(browser().findElement(By.id("release:body")).isDisplayed(), "the HTML is shown to edit");
        violations.addAll(axe("the HTML mode"));
        assertTrue(violations.isEmpty(), () -> String.join("\n", violations));
        assertEquals(List.of(), Browser.consoleProblems(browser()));
    }

    private List<String> axe(String state) {
        return Browser.accessibilityViolations(browser(), Browser.WCAG_21_AA).stream().map(rule -> state + ": " + rule.getId() + " " + rule.getHelp() + " "
                + rule.getNodes().stream().map(node -> node.getTarget().toString()).toList()).toList();
    }

    /** Fills the link dialog the toolbar or Ctrl+K opened, and saves the link. */
    private void linkDialog(String address, String shown) {
        WebElement dialog = browser().findElement(By.cssSelector("dialog[open]"));
        List<WebElement> fields = dialog.findElements(By.cssSelector("input[type=text]"));
        fields.get(0).sendKeys(address);
        fields.get(1).sendKeys(shown);
        dialog.findElement(By.xpath(".//button[normalize-space()='Save the link']")).click();
    }

    /** Pastes as the browser does: a paste event with what the clipboard holds, at the end of the text. */
    private void paste(WebElement text, String type, String data) {
        ((JavascriptExecutor) browser()).executeScript("""
                arguments[0].editor.commands.focus('end');
                const data = new DataTransfer();
                data.setData(arguments[1], arguments[2]);
                arguments[0].dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));""",
                text, type, data);
    }

    private void assertNoHorizontalScrollOnAPhone(String what) {
        browser().manage().window().setSize(new Dimension(390, 844));
        Boolean fits = (Boolean) ((JavascriptExecutor) browser()).executeScript(
                "return document.documentElement.scrollWidth <= document.documentElement.clientWidth");
        browser().manage().window().setSize(new Dimension(1280, 900));
        assertTrue(fits, what + " scrolls sideways on a 390 px phone");
    }

    private WebElement editor(String field) {
        return staff().editorOf(field).findElement(By.cssSelector("[contenteditable=true]"));
    }

    private WebElement toolbar(String field) {
        return staff().editorOf(field).findElement(By.cssSelector("[role=toolbar]"));
    }

    private WebElement button(String field, String label) {
        return toolbar(field).findElement(By.xpath(".//button[normalize-space()='" + label + "']"));
    }

    private void draft(String slug, String title) {
        staff().logInAsAdmin().open("/admin/release.xhtml");
        browser().findElement(By.cssSelector("[id='release:office'] option[value='pakistan']")).click();
        staff().type("release:slug", slug).type("release:title", title).type("release:summary", "Summary of " + title);
        WebElement text = editor("release:body");
        text.click();
        text.sendKeys("Body of " + title);
        staff().press("release:save");
        assertTrue(staff().messages().toString().contains("created"), staff().messages().toString());
    }

    private void upload(String alt) throws IOException {
        Path png = Files.createTempFile("apprentices", ".png");
        ImageIO.write(new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
        browser().findElement(By.id("release:image")).sendKeys(png.toAbsolutePath().toString());
        staff().type("release:alt", alt).press("release:upload");
        assertTrue(staff().messages().toString().contains("with the image"), staff().messages().toString());
    }

    private BackOffice staff() {
        return new BackOffice(browser(), base);
    }
}
