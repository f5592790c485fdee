package org.countryofficeportal.release;

/**
 * Where a release is in the editorial workflow. A scheduled or published release is public once its
 * publication time has come; a draft never is.
 */
public enum ReleaseStatus {
    DRAFT,
    SCHEDULED,
    PUBLISHED;

    public boolean isReleased() {
        return this != DRAFT;
    }
}
