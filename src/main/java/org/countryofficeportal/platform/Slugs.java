package org.countryofficeportal.platform;

import java.util.regex.Pattern;

/** Slugs are the stable ids in URLs and in the content bundle: lower-case words joined by hyphens. */
public final class Slugs {

    public static final String PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";
    private static final Pattern SLUG = Pattern.compile(PATTERN);

    private Slugs() {
    }

    public static String require(String candidate, String what) {
        if (candidate == null || !SLUG.matcher(candidate).matches()) {
            throw new IllegalArgumentException(what + " must be lower-case words joined by hyphens, not '" + candidate + "'");
        }
        return candidate;
    }
}
