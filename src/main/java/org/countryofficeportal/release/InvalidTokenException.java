package org.countryofficeportal.release;

/** A paging cursor or sync token that this service did not issue: the client's mistake, never a server error. */
public class InvalidTokenException extends IllegalArgumentException {

    public InvalidTokenException(String token) {
        super("'" + token + "' is not a token this service issued");
    }
}
