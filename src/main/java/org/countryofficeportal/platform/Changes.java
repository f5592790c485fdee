package org.countryofficeportal.platform;

import java.time.DateTimeException;
import java.util.List;
import java.util.function.Supplier;

/** The checks the back-office services share before they make a change, each refusing it with a message for staff. */
public final class Changes {

    private Changes() {
    }

    /** A text field staff must fill in, stripped. */
    public static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new ChangeRefusedException("The " + field + " is missing.");
        }
        return value.strip();
    }

    /** An optional text field: stripped, or null when left blank. */
    public static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A text area of one item per line: its lines stripped, blank ones dropped. */
    public static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /** Runs a change whose content-model rules (IllegalArgumentException, DateTimeException) refuse it as staff read it. */
    public static <T> T checked(Supplier<T> change) {
        try {
            return change.get();
        } catch (IllegalArgumentException | DateTimeException e) {
            String message = e.getMessage() == null || e.getMessage().isEmpty() ? "the change is not valid" : e.getMessage();
            throw new ChangeRefusedException(Character.toUpperCase(message.charAt(0)) + message.substring(1) + ".");
        }
    }

    /** The item as the staff member last saw it, or a refusal when someone else saved it meanwhile. */
    public static <T> T unchangedSince(T item, long version, long expectedVersion, String what) {
        if (version != expectedVersion) {
            throw new ChangeRefusedException("Someone else changed this " + what + " meanwhile: nothing of yours was saved. Their"
                    + " version is shown beside yours: keep what you want, then save again.");
        }
        return item;
    }
}
