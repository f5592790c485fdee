package org.countryofficeportal.release;

import java.util.Optional;

/**
 * Which public releases a listing shows.
 *
 * @param office only this office's releases, or every office's
 * @param text   words each of which must begin a word of the title, summary or body (case-insensitive)
 * @param year   only releases published in this year, as the office's calendar reads it
 */
public record ReleaseFilter(Optional<String> office, Optional<String> text, Optional<Integer> year) {

    public static final ReleaseFilter ALL = new ReleaseFilter(Optional.empty(), Optional.empty(), Optional.empty());

    public static ReleaseFilter ofOffice(String office) {
        return new ReleaseFilter(Optional.of(office), Optional.empty(), Optional.empty());
    }
}
