package org.countryofficeportal.release;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.io.Serializable;

/**
 * What staff write of a release in its own language: the part that revisions keep and that two editors can
 * disagree about. The body is rich text, sanitised when saved. Its rules are declared here, once, with the lengths
 * the release keeps ({@link PressRelease}).
 */
public record ReleaseText(
        @NotBlank(message = "Give a title.")
        @Size(max = PressRelease.TITLE_LENGTH, message = "A title has at most {max} characters: shorten it.")
        String title,
        @NotBlank(message = "Give a summary.")
        @Size(max = PressRelease.SUMMARY_LENGTH, message = "A summary has at most {max} characters: shorten it.")
        String summary,
        @Size(max = PressRelease.BODY_LENGTH, message = "A body has at most {max} characters: shorten it.")
        String body,
        @Size(max = PressRelease.CREDIT_LENGTH, message = "An image credit has at most {max} characters: shorten it.")
        String imageCredit) implements Serializable {

    /** The text as staff left it: surrounding spaces dropped, an empty body or credit is none. */
    public ReleaseText {
        title = stripped(title);
        summary = stripped(summary);
        body = blankIsNone(body);
        imageCredit = blankIsNone(stripped(imageCredit));
    }

    static String stripped(String text) {
        return text == null ? null : text.strip();
    }

    static String blankIsNone(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
