package org.countryofficeportal.platform;

import jakarta.ejb.ApplicationException;

import java.util.Optional;

/**
 * A change that the rules of the content or of accounts refuse, with a message for the staff member who asked
 * for it, about one property of the command (shown at its field) or the change as a whole. Nothing is kept.
 */
@ApplicationException(rollback = true)
public class ChangeRefusedException extends RuntimeException {

    private final String property;

    public ChangeRefusedException(String message) {
        this(null, message);
    }

    public ChangeRefusedException(String property, String message) {
        super(message);
        this.property = property;
    }

    /** The command's property the refusal is about (e.g. {@code slug}), if one. */
    public Optional<String> property() {
        return Optional.ofNullable(property);
    }
}
