package org.countryofficeportal.release;

/**
 * Where a release is in the editorial workflow. An author writes a draft and sends it for review; an editor
 * publishes it (at once, or scheduled for a time) or sends it back. A scheduled or published release is public once
 * its publication time has come; a draft or one in review never is.
 */
public enum ReleaseStatus {
    DRAFT("Draft"),
    IN_REVIEW("Waiting for review"),
    SCHEDULED("Scheduled"),
    PUBLISHED("Published");

    private final String words;

    ReleaseStatus(String words) {
        this.words = words;
    }

    public boolean isReleased() {
        return this == SCHEDULED || this == PUBLISHED;
    }

    /** The status as staff read it. */
    public String words() {
        return words;
    }
}
