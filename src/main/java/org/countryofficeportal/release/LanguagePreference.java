package org.countryofficeportal.release;

import java.util.List;
import java.util.Locale;

/** The languages a reader would like release texts in, best first; a release falls back to its own language. */
public record LanguagePreference(List<String> languages) {

    public static final LanguagePreference NONE = new LanguagePreference(List.of());

    public LanguagePreference {
        languages = List.copyOf(languages);
    }

    public static LanguagePreference of(String language) {
        return new LanguagePreference(List.of(language));
    }

    /** From the locales a client accepts (already sorted by quality); tags that are no language are skipped. */
    public static LanguagePreference ofLocales(List<Locale> acceptable) {
        return new LanguagePreference(acceptable.stream()
                .map(Locale::getLanguage)
                .filter(Languages::isKnown)
                .distinct()
                .toList());
    }

    public String pick(PressRelease release) {
        return languages.stream().filter(release::isAvailableIn).findFirst().orElse(release.language());
    }

    /** Identifies the preference in a cache key. */
    public String key() {
        return String.join(",", languages);
    }
}
