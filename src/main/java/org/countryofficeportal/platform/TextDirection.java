package org.countryofficeportal.platform;

import java.util.Set;

/** Which way a language's text runs: the one place that knows which languages are written right to left. */
public final class TextDirection {

    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "dv", "fa", "he", "ks", "ps", "sd", "ug", "ur", "yi");

    private TextDirection() {
    }

    public static boolean isRightToLeft(String language) {
        return RIGHT_TO_LEFT.contains(language);
    }

    /** The value of an HTML {@code dir} attribute for text in that language. */
    public static String of(String language) {
        return isRightToLeft(language) ? "rtl" : "ltr";
    }
}
