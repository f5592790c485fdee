package org.countryofficeportal.release;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The public release search ({@code q}): a release is found when, for every word typed, one of its words begins
 * with it ("work" finds "workers"; see {@link SearchWords}). PostgreSQL's own text search does it, on the search
 * document the database keeps for each release (migration V4, a column the entity does not map, reached with
 * EclipseLink's COLUMN function) under a GIN index.
 */
final class ReleaseSearch {

    private ReleaseSearch() {
    }

    /** A JPQL condition on a release (its identification variable), with the values of its named parameters. */
    record Condition(String jpql, Map<String, Object> parameters) {
    }

    /** The texts of a release match what a reader typed; text without a word matches nothing. */
    static Condition textCondition(String release, String text) {
        List<String> words = List.copyOf(SearchWords.typed(text));
        if (words.isEmpty()) {
            return new Condition(release + ".id IS NULL", Map.of());
        }
        return new Condition("SQL('? @@ to_tsquery(''simple'', ?)', COLUMN('search_document', " + release + "), :text)",
                Map.of("text", words.stream().map(word -> word + ":*").collect(Collectors.joining(" & "))));
    }
}
