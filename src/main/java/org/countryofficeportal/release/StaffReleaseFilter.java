package org.countryofficeportal.release;

import java.util.Optional;

/** Which releases, of any status, the staff list shows and in what order. */
public record StaffReleaseFilter(Optional<ReleaseStatus> status, Optional<String> office, Optional<Integer> year,
                                 Optional<String> text, Sort sort) {

    public enum Sort {
        LATEST(" ORDER BY r.publishedAt DESC, r.id DESC"),
        OLDEST(" ORDER BY r.publishedAt ASC, r.id ASC"),
        RECENTLY_EDITED(" ORDER BY r.updatedAt DESC, r.id DESC"),
        TITLE(" ORDER BY r.title ASC, r.id ASC");

        private final String orderBy;

        Sort(String orderBy) {
            this.orderBy = orderBy;
        }

        String orderBy() {
            return orderBy;
        }
    }
}
