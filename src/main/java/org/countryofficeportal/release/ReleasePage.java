package org.countryofficeportal.release;

import java.util.List;
import java.util.Optional;

/** One page of releases, latest first, and where the next page starts if there is one. */
public record ReleasePage(List<PressRelease> items, Optional<ReleaseCursor> next) {

    public ReleasePage {
        items = List.copyOf(items);
    }
}
