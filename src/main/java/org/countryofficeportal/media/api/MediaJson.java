package org.countryofficeportal.media.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.countryofficeportal.media.MediaCoverage;

import java.time.OffsetDateTime;
import java.util.List;

/** A media coverage item in the JSON API v1, dated as its outlet dated it. */
@JsonbPropertyOrder({"id", "slug", "office", "release", "outlet", "dateline", "published", "timeZone", "title", "text", "links"})
public record MediaJson(long id, String slug, String office, String release, String outlet, String dateline,
                        OffsetDateTime published, String timeZone, String title, String text, Links links) {

    @JsonbPropertyOrder({"office", "release"})
    public record Links(String office, String release) {
    }

    public record Items(List<MediaJson> items) {
    }

    static MediaJson of(MediaCoverage coverage) {
        String release = coverage.release().map(r -> r.slug()).orElse(null);
        return new MediaJson(coverage.id(), coverage.slug(), coverage.office().id(), release, coverage.outlet(),
                coverage.dateline().orElse(null), coverage.published().toOffsetDateTime(),
                coverage.published().getZone().getId(), coverage.title(), coverage.text(),
                new Links("/api/v1/offices/" + coverage.office().id(), release == null ? null : "/api/v1/releases/" + release));
    }
}
