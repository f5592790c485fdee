package org.countryofficeportal.site;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The interface languages of the public site, each at its own address prefix (English has none). */
public enum Language {
    ENGLISH("en", "English"),
    URDU("ur", "اردو"),
    RUSSIAN("ru", "Русский");

    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "dv", "fa", "he", "ks", "ps", "sd", "ug", "ur", "yi");

    private final String code;
    private final String nativeName;

    Language(String code, String nativeName) {
        this.code = code;
        this.nativeName = nativeName;
    }

    public String code() {
        return code;
    }

    public String nativeName() {
        return nativeName;
    }

    public String direction() {
        return directionOf(code);
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
        return RIGHT_TO_LEFT.contains(code) ? "rtl" : "ltr";
    }

    /** The language a prefixed address segment names; English is never prefixed. */
    public static Optional<Language> ofPrefix(String segment) {
        return Arrays.stream(values()).filter(language -> language != ENGLISH && language.code.equals(segment)).findFirst();
    }
}
