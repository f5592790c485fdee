package org.countryofficeportal.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates and times as staff read them: in words, in an office's own zone, named by its city
 * ("7 March 2024, 10:00 Islamabad time"), never as ISO codes or in a zone nobody named.
 */
public final class DatesInWords {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH);

    private DatesInWords() {
    }

    /** A moment as the clocks of a place show it, e.g. "7 March 2024, 10:00 Islamabad time". */
    public static String at(Instant moment, ZoneId zone, String place) {
        return MOMENT.format(moment.atZone(zone)) + " " + place + " time";
    }

    /** A day, e.g. "7 March 2024". */
    public static String day(LocalDate day) {
        return DAY.format(day);
    }
}
