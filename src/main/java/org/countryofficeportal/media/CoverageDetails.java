package org.countryofficeportal.media;

import org.countryofficeportal.release.PressRelease;

import java.io.Serializable;
import java.time.temporal.ChronoUnit;

/**
 * An article about an office as staff record it. {@code published} is the local date and time printed on the
 * article ("2023-11-29T14:05"), {@code timeZone} where that time was printed (e.g. Asia/Karachi).
 */
public record CoverageDetails(String office, String release, String outlet, String dateline, String published,
                              String timeZone, String title, String text) implements Serializable {

    public static CoverageDetails of(MediaCoverage coverage) {
        return new CoverageDetails(coverage.office().id(), coverage.release().map(PressRelease::slug).orElse(null), coverage.outlet(),
                coverage.dateline().orElse(null), coverage.published().toLocalDateTime().truncatedTo(ChronoUnit.MINUTES).toString(),
                coverage.published().getZone().getId(), coverage.title(), coverage.text());
    }
}
