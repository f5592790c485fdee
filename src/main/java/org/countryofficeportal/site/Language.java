package org.countryofficeportal.site;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The interface languages of the public site, each at its own address prefix (English has none). */
public enum Language {
    ENGLISH("en", "English", false),
    URDU("ur", "اردو", true),
    RUSSIAN("ru", "Русский", false);

    private final String code;
    private final String nativeName;
    private final boolean rightToLeft;

    Language(String code, String nativeName, boolean rightToLeft) {
        this.code = code;
        this.nativeName = nativeName;
        this.rightToLeft = rightToLeft;
    }

    public String code() {
        return code;
    }

    public String nativeName() {
        return nativeName;
    }

    public String direction() {
        return rightToLeft ? "rtl" : "ltr";
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    /** The address prefix of pages in this language: empty for English, {@code /ur} for Urdu. */
    public String prefix() {
        return this == ENGLISH ? "" : "/" + code;
    }

    /** The language a prefixed address segment names; English is never prefixed. */
    public static Optional<Language> ofPrefix(String segment) {
        return Arrays.stream(values()).filter(language -> language != ENGLISH && language.code.equals(segment)).findFirst();
    }
}
