package org.countryofficeportal.platform;

import jakarta.ejb.ApplicationException;

/** The form was sent before and its change is done (a double click, a reload after saving): nothing is done again. */
@ApplicationException(rollback = true)
public class AlreadySubmittedException extends RuntimeException {

    public AlreadySubmittedException() {
        super("this form was sent already", null, false, false);
    }
}
