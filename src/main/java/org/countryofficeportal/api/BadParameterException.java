package org.countryofficeportal.api;

import jakarta.ws.rs.BadRequestException;

/** A query parameter the API cannot use: a 400 that names the parameter and says what it accepts. */
public class BadParameterException extends BadRequestException {

    private final String parameter;

    public BadParameterException(String parameter, String expectation) {
        super("parameter '" + parameter + "' " + expectation);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
