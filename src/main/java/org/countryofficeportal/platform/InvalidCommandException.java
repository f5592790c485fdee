package org.countryofficeportal.platform;

import jakarta.ejb.ApplicationException;

import java.util.Map;

/**
 * A change whose values break the rules declared on its command: nothing is done, and each problem is named by
 * the property it concerns (as forms name their fields), with a message for staff.
 */
@ApplicationException(rollback = true)
public class InvalidCommandException extends RuntimeException {

    private final Map<String, String> problems;

    public InvalidCommandException(Map<String, String> problems) {
        super(String.join(" ", problems.values()));
        this.problems = Map.copyOf(problems);
    }

    /** Property path (e.g. {@code text.title}) to message. */
    public Map<String, String> problems() {
        return problems;
    }
}
