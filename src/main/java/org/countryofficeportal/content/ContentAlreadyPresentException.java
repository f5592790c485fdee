package org.countryofficeportal.content;

import jakarta.ejb.ApplicationException;

/** A bundle is only imported into an instance without content, so that an import never merges or overwrites. */
@ApplicationException(rollback = true)
public class ContentAlreadyPresentException extends RuntimeException {

    public ContentAlreadyPresentException() {
        super("this instance holds content already: a content bundle is imported into an empty instance only");
    }
}
