package org.countryofficeportal.release;

/** A paging cursor that this service did not issue: the client's mistake, never a server error. */
public class InvalidCursorException extends IllegalArgumentException {

    public InvalidCursorException(String token) {
        super("'" + token + "' is not a cursor this service issued");
    }
}
