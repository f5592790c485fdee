package org.countryofficeportal.platform;

import jakarta.ejb.ApplicationException;

/**
 * A change that the rules of the content or of accounts refuse, with a message for the staff member who asked
 * for it. Nothing of the change is kept.
 */
@ApplicationException(rollback = true)
public class ChangeRefusedException extends RuntimeException {

    public ChangeRefusedException(String message) {
        super(message);
    }
}
