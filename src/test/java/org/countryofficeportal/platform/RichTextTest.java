package org.countryofficeportal.platform;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RichTextTest {

    @Test
    void plainTextKeepsItsParagraphsAndLineBreaks() {
        assertEquals("<p>First “one”.</p>\n<p>دوسرا پیراگراف۔<br>Second line.</p>\n<p>Третий абзац.</p>",
                RichText.sanitise("First “one”.\r\n\r\n  \nدوسرا پیراگراف۔\nSecond line.\n\n\nТретий абзац.\n"));
    }

    @Test
    void aLineEndAsFormsSendItIsOneLineBreak() {
        assertEquals("<p>Para two<br>line two.</p>", RichText.sanitise("Para two\r\nline two."));
    }

    @Test
    void plainTextIsTextEvenWhereItLooksLikeMarkup() {
        assertEquals("<p>Wages &lt; 5000 &amp; more</p>", RichText.sanitise("Wages < 5000 & more"));
    }

    @Test
    void markupIsKeptAsWrittenAndSanitised() {
        assertEquals("<p>One</p>\n\n<p>Two</p>", RichText.sanitise("<p>One</p>\n\n<p>Two</p><script>alert(1)</script>"));
    }

    /** What the back office's editor writes, for every kind of thing it writes. */
    private static final String WRITTEN_BY_THE_EDITOR = "<h2>Skills passport piloted</h2>"
            + "<p>He said \"it's 1+1=2\" &amp; wrote to info@ilo.org &lt;3 with <strong>bold</strong>, <em>italic</em>"
            + " and <a href=\"https://www.ilo.org/islamabad?lang=en&amp;q=skills\">a link</a>.<br>A&nbsp;new line.</p>"
            + "<h3>Lists</h3><ul><li><p>one</p><ul><li><p>nested</p></li></ul></li></ul><ol start=\"3\"><li><p>three</p></li></ol>"
            + "<h4>Quote</h4><blockquote><p>A quote</p></blockquote><hr>"
            + "<table><tbody><tr><th><p>Year</p></th><th colspan=\"2\"><p>Workers</p></th></tr>"
            + "<tr><td><p>2024</p></td><td><p>12</p></td><td rowspan=\"2\"><p></p></td></tr></tbody></table>"
            + "<img src=\"/images/7-3f2a.png\" alt=\"Two &quot;apprentices&quot; at a workbench\">"
            + "<p>اردو متن: پاکستان میں مناسب کام</p><p></p>";

    @Test
    void whatTheEditorWritesComesBackUnchangedWithNothingRemoved() {
        RichText.Cleaned cleaned = RichText.clean(WRITTEN_BY_THE_EDITOR);
        assertEquals(WRITTEN_BY_THE_EDITOR, cleaned.html());
        assertEquals(List.of(), cleaned.removals());
    }

    @Test
    void whatOtherEditorsWriteForTheSameThingsIsKeptAsTheEditorWritesIt() {
        RichText.Cleaned cleaned = RichText.clean("<h1>Title</h1><p><b>bold</b> <i>italic</i></p><h5>Five</h5><h6>Six</h6>");
        assertEquals("<h2>Title</h2><p><strong>bold</strong> <em>italic</em></p><h4>Five</h4><h4>Six</h4>", cleaned.html());
        assertEquals(List.of(), cleaned.removals(), "a renamed element is not removed");
    }

    /** An element removed is counted, not the attributes it had. */
    @Test
    void scriptsStylesHandlersAndUnknownThingsAreRemovedAndCounted() {
        RichText.Cleaned cleaned = RichText.clean("<p onclick=\"alert(1)\" style=\"color:red\" class=\"MsoNormal\">Fine</p>"
                + "<script>alert('body')</script><p style=\"font-size:20px\"><span lang=\"EN-GB\">text</span></p>"
                + "<a href=\"javascript:alert(1)\">bad link</a><img src=\"/x.png\" onerror=\"alert(2)\"><img alt=\"no address\">"
                + "<iframe src=\"https://example.org\"></iframe><marquee>old</marquee>");
        assertEquals("<p>Fine</p><p>text</p>bad link<img src=\"/x.png\">old", cleaned.html());
        assertEquals(List.of(new RichText.Removal(null, "onclick", 1), new RichText.Removal(null, "style", 2),
                new RichText.Removal(null, "class", 1), new RichText.Removal("script", null, 1),
                new RichText.Removal("span", null, 1), new RichText.Removal("a", null, 1),
                new RichText.Removal(null, "onerror", 1), new RichText.Removal("img", null, 1),
                new RichText.Removal("iframe", null, 1), new RichText.Removal("marquee", null, 1)), cleaned.removals());
    }

    @Test
    void linesSentByAFormEndAsTheBrowserShowsThem() {
        assertEquals("<p>one</p>\n<p>two</p>\n", RichText.clean("<p>one</p>\r\n<p>two</p>\r").html());
    }

    @Test
    void nothingIsAnEmptyText() {
        assertEquals("", RichText.sanitise(null));
        assertEquals("", RichText.sanitise(""));
    }
}
