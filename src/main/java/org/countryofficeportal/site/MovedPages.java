package org.countryofficeportal.site;

import java.util.Optional;

/**
 * A feature whose public pages can move (a release whose address changed after it was public): asked before a
 * page is answered as not found, so that readers, search engines and old links land on its new address (301).
 */
public interface MovedPages {

    /** The new path (without the language prefix) of a page that was at {@code path}, if it moved. */
    Optional<String> movedTo(String path);
}
