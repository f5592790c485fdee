package org.countryofficeportal.staff;

import org.countryofficeportal.platform.RemovedFromRichText;
import org.countryofficeportal.platform.RichText;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RemovalsInWordsTest {

    @Test
    void whatWasRemovedIsCountedInPlainWords() {
        assertEquals("Removed from the body: a script, 2 inline styles and an onclick attribute.",
                RemovalsInWords.of(new RemovedFromRichText("text.body", List.of(new RichText.Removal("script", null, 1),
                        new RichText.Removal(null, "style", 2), new RichText.Removal(null, "onclick", 1)))));
    }

    @Test
    void thingsCalledTheSameAreCountedTogetherAndUnknownOnesByTheirName() {
        assertEquals("Removed from the body: 2 form fields, a <marquee> element and 3 data-id attributes.",
                RemovalsInWords.of(new RemovedFromRichText("text.body", List.of(new RichText.Removal("input", null, 1),
                        new RichText.Removal("marquee", null, 1), new RichText.Removal("select", null, 1),
                        new RichText.Removal(null, "data-id", 3)))));
        assertEquals("Removed from the body: a link without an address the portal allows.",
                RemovalsInWords.of(new RemovedFromRichText("text.body", List.of(new RichText.Removal("a", null, 1)))));
    }
}
