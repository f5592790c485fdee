package org.countryofficeportal.release;

/** A release's dates as staff read them: in words, in its office's time. */
public final class ReleaseDates {

    private ReleaseDates() {
    }

    /** Its publication time, e.g. "7 March 2024, 10:00 Islamabad time". */
    public static String inWords(PressRelease release) {
        return release.office().timeInWords(release.publishedAt().toInstant());
    }
}
