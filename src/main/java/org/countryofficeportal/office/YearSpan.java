package org.countryofficeportal.office;

/** The one rule shared by every span of years in the office overview. */
final class YearSpan {

    private YearSpan() {
    }

    static void check(Integer fromYear, Integer toYear) {
        if (fromYear != null && toYear != null && toYear < fromYear) {
            throw new IllegalArgumentException("a span of years ends (" + toYear + ") before it starts (" + fromYear + ")");
        }
    }
}
