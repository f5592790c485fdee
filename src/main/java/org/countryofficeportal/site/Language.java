package org.countryofficeportal.site;

import org.countryofficeportal.platform.TextDirection;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The interface languages of the public site, each at its own address prefix (English has none). */
public enum Language {
    ENGLISH("en", "English", "English"),
    URDU("ur", "اردو", "Urdu"),
    RUSSIAN("ru", "Русский", "Russian");

    private final String code;
    private final String nativeName;
    private final String englishName;

    Language(String code, String nativeName, String englishName) {
        this.code = code;
        this.nativeName = nativeName;
        this.englishName = englishName;
    }

    /** The language's name as the back office (in English) calls it. */
    public String englishName() {
        return englishName;
    }

    /** The language of an ISO 639 code, if it is one of the portal's. */
    public static Optional<Language> ofCode(String code) {
        return Arrays.stream(values()).filter(language -> language.code.equals(code)).findFirst();
    }

    public String code() {
        return code;
    }

    public String nativeName() {
        return nativeName;
    }

    public String direction() {
        return TextDirection.of(code);
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    /** The address prefix of pages in this language: empty for English, {@code /ur} for Urdu. */
    public String prefix() {
        return this == ENGLISH ? "" : "/" + code;
    }

    /**
     * The direction of text in any language (an ISO 639 code), for text shown in a language other than the page's:
     * right to left for the languages written in Arabic or Hebrew script, else left to right.
     */
    public static String directionOf(String code) {
        return TextDirection.of(code);
    }

    /** The language a prefixed address segment names; English is never prefixed. */
    public static Optional<Language> ofPrefix(String segment) {
        return Arrays.stream(values()).filter(language -> language != ENGLISH && language.code.equals(segment)).findFirst();
    }
}
