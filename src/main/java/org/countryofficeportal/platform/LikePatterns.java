package org.countryofficeportal.platform;

import java.util.Locale;

/** JPQL LIKE patterns from text a user typed: its own '%' and '_' match themselves ('!' is the escape). */
public final class LikePatterns {

    /** The clause to put after a LIKE parameter that holds one of these patterns. */
    public static final String ESCAPE = " ESCAPE '!'";

    private LikePatterns() {
    }

    /** Lower-case text found anywhere in a value compared in lower case. */
    public static String containing(String text) {
        return "%" + text.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
