package org.countryofficeportal.platform;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RichTextTest {

    @Test
    void plainTextKeepsItsParagraphsAndLineBreaks() {
        assertEquals("<p>First “one”.</p>\n<p>دوسرا پیراگراف۔<br />Second line.</p>\n<p>Третий абзац.</p>",
                RichText.sanitise("First “one”.\r\n\r\n  \nدوسرا پیراگراف۔\nSecond line.\n\n\nТретий абзац.\n"));
    }

    @Test
    void aLineEndAsFormsSendItIsOneLineBreak() {
        assertEquals("<p>Para two<br />line two.</p>", RichText.sanitise("Para two\r\nline two."));
    }

    @Test
    void plainTextIsTextEvenWhereItLooksLikeMarkup() {
        assertEquals("<p>Wages &lt; 5000 &amp; more</p>", RichText.sanitise("Wages < 5000 & more"));
    }

    @Test
    void markupIsKeptAsWrittenAndSanitised() {
        assertEquals("<p>One</p>\n\n<p>Two</p>", RichText.sanitise("<p>One</p>\n\n<p>Two</p><script>alert(1)</script>"));
    }
}
