package org.countryofficeportal.release;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A release's text in another language, as staff write it; the same limits as the release's own text. */
public record TranslationText(
        @NotBlank(message = "Give the translated title.")
        @Size(max = PressRelease.TITLE_LENGTH, message = "A title has at most {max} characters: shorten it.")
        String title,
        @NotBlank(message = "Give the translated summary.")
        @Size(max = PressRelease.SUMMARY_LENGTH, message = "A summary has at most {max} characters: shorten it.")
        String summary,
        @Size(max = PressRelease.BODY_LENGTH, message = "A body has at most {max} characters: shorten it.")
        String body) {

    public TranslationText {
        title = ReleaseText.stripped(title);
        summary = ReleaseText.stripped(summary);
        body = ReleaseText.blankIsNone(body);
    }

    public static TranslationText of(Translation translation) {
        return new TranslationText(translation.title(), translation.summary(), translation.body().orElse(null));
    }
}
