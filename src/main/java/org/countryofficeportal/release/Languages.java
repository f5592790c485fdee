package org.countryofficeportal.release;

import java.util.Locale;
import java.util.Set;

/** Language tags of release texts: lower-case ISO 639 codes such as {@code en} or {@code ur}. */
public final class Languages {

    private static final Set<String> ISO_639 = Set.of(Locale.getISOLanguages());

    private Languages() {
    }

    public static boolean isKnown(String tag) {
        return tag != null && ISO_639.contains(tag);
    }

    static String require(String tag) {
        if (!isKnown(tag)) {
            throw new IllegalArgumentException("'" + tag + "' is not an ISO 639 language code such as 'en' or 'ur'");
        }
        return tag;
    }
}
