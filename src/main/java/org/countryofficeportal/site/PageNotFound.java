package org.countryofficeportal.site;

/** Thrown by a view bean when its page has nothing to show: the reader gets the friendly 404 page. */
public class PageNotFound extends RuntimeException {

    public PageNotFound() {
        super(null, null, false, false);
    }
}
