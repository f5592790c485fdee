package org.countryofficeportal.release;

import java.util.Optional;

/** Which releases, of any status, the staff list shows and in what order. */
public record StaffReleaseFilter(Optional<ReleaseStatus> status, Optional<String> office, Optional<Integer> year,
                                 Optional<String> author, Optional<String> text, Sort sort) {

    public static final StaffReleaseFilter ALL = new StaffReleaseFilter(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Sort.RECENTLY_EDITED);

    public enum Sort {
        RECENTLY_EDITED("Last edited first", " ORDER BY r.updatedAt DESC, r.id DESC"),
        LATEST("Latest publication first", " ORDER BY r.publishedAt DESC, r.id DESC"),
        OLDEST("Oldest publication first", " ORDER BY r.publishedAt ASC, r.id ASC"),
        TITLE("By title", " ORDER BY r.title ASC, r.id ASC");

        private final String words;
        private final String orderBy;

        Sort(String words, String orderBy) {
            this.words = words;
            this.orderBy = orderBy;
        }

        public String words() {
            return words;
        }

        String orderBy() {
            return orderBy;
        }
    }

    public StaffReleaseFilter withStatus(ReleaseStatus chosen) {
        return new StaffReleaseFilter(Optional.of(chosen), office, year, author, text, sort);
    }

    public StaffReleaseFilter withAuthor(String chosen) {
        return new StaffReleaseFilter(status, office, year, Optional.of(chosen), text, sort);
    }

    public StaffReleaseFilter sortedBy(Sort chosen) {
        return new StaffReleaseFilter(status, office, year, author, text, chosen);
    }
}
