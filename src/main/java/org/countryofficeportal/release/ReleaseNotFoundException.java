package org.countryofficeportal.release;

import jakarta.ejb.ApplicationException;

/** No release is known by that id or slug. */
@ApplicationException(rollback = true)
public class ReleaseNotFoundException extends RuntimeException {

    public ReleaseNotFoundException(String idOrSlug) {
        super("no release '" + idOrSlug + "'");
    }
}
