package org.countryofficeportal.api;

import java.util.Optional;

/**
 * The API's query parameters, read from their raw text so that every bad value is a 400 naming the
 * parameter (JAX-RS itself would answer a 404 for a query parameter it cannot convert).
 */
public final class QueryParameters {

    static final int MAX_SEARCH_LENGTH = 100;

    private QueryParameters() {
    }

    public static Optional<String> searchText(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String text = raw.strip();
        if (text.length() < 2 || text.length() > MAX_SEARCH_LENGTH || text.chars().anyMatch(Character::isISOControl)) {
            throw new BadParameterException("q", "must be 2 to " + MAX_SEARCH_LENGTH + " characters of text to search for");
        }
        return Optional.of(text);
    }

    /** A whole number from {@code min} to {@code max}, or a 400 that names the parameter and the range. */
    public static int wholeNumber(String name, String raw, int min, int max) {
        try {
            int value = Integer.parseInt(raw.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below like any other value out of range
        }
        throw new BadParameterException(name, "must be a whole number from " + min + " to " + max);
    }
}
