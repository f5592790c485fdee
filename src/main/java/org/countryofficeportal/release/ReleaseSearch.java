package org.countryofficeportal.release;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.countryofficeportal.platform.Database;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.stream.Collectors;

/**
 * The public release search ({@code q}), each database its own way, with one meaning: a release is found when,
 * for every word typed, one of its words begins with it ("work" finds "workers"; see {@link SearchWords}).
 * <p>
 * PostgreSQL uses its own text search on the search document it keeps for each release (migration
 * {@code db/postgresql/V4}, a column the entity does not map, reached with EclipseLink's COLUMN function) under a
 * GIN index. Embedded H2 has no text index that fits (its FT_* functions return matches unordered through a SQL
 * parse per row, and cache word ids across rollbacks), so on H2 this service keeps each release's words in
 * {@code press_release_word} (migration {@code db/h2/V6}) as the release is written.
 */
@Stateless
public class ReleaseSearch {

    /** The page size the choice of plan on H2 reckons with. */
    private static final int PAGE = 20;

    /**
     * The releases with a word that begins with a prefix: the words from the prefix up to the prefix followed by
     * the last character (no word holds it), a range the index walks without matching a pattern on each entry.
     */
    private static final String RELEASES_WITH_WORD = "SELECT release_id FROM press_release_word WHERE word >= ? AND word < ?";

    private static final String AFTER_EVERY_WORD_BEGINNING = String.valueOf(Character.MAX_VALUE);

    @PersistenceContext
    private EntityManager em;

    @Inject
    @ConfigProperty(name = "db.url")
    String databaseUrl;

    private Database database;

    @PostConstruct
    void knowTheDatabase() {
        database = Database.ofUrl(databaseUrl);
    }

    /** A JPQL condition on a release (its identification variable), with the values of its named parameters. */
    public record Condition(String jpql, Map<String, Object> parameters) {
    }

    /** The texts of a release match what a reader typed; text without a word matches nothing. */
    public Condition publicTextCondition(String release, String text) {
        List<String> words = new ArrayList<>(SearchWords.typed(text));
        if (words.isEmpty()) {
            return new Condition(release + ".id IS NULL", Map.of());
        }
        return switch (database) {
            case POSTGRESQL -> new Condition(
                    "SQL('? @@ to_tsquery(''simple'', ?)', COLUMN('search_document', " + release + "), :text)",
                    Map.of("text", words.stream().map(word -> word + ":*").collect(Collectors.joining(" & "))));
            case H2 -> wordIndexCondition(release, words);
        };
    }

    /**
     * On H2, each word is looked up in the word index one of two ways, and H2 cannot tell which is cheaper (it
     * keeps no count per word), so this does. Reading the holders of a word costs about as many rows as it has
     * holders; reading releases latest first and checking each one's words stops once a page is full, after
     * about PAGE * releases / holders rows. The two meet at sqrt(PAGE * releases) holders: a word with fewer is
     * read by its holders, and every other word is checked release by release. Telling the two apart costs at
     * most that many index entries a word.
     */
    private Condition wordIndexCondition(String release, List<String> words) {
        long releases = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM press_release").getSingleResult()).longValue();
        int fewHolders = (int) Math.sqrt((double) PAGE * releases) + 1;
        int rare = -1;
        for (int i = 0; i < words.size() && rare < 0; i++) {
            boolean hasFewHolders = em.createNativeQuery(RELEASES_WITH_WORD + " OFFSET ? ROWS FETCH NEXT 1 ROW ONLY")
                    .setParameter(1, words.get(i))
                    .setParameter(2, words.get(i) + AFTER_EVERY_WORD_BEGINNING)
                    .setParameter(3, fewHolders - 1)
                    .getResultList()
                    .isEmpty();
            if (hasFewHolders) {
                rare = i;
            }
        }
        StringJoiner conditions = new StringJoiner(" AND ", "(", ")");
        Map<String, Object> parameters = new HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            String from = "from" + i;
            String to = "to" + i;
            parameters.put(from, words.get(i));
            parameters.put(to, words.get(i) + AFTER_EVERY_WORD_BEGINNING);
            String arguments = release + ".id, :" + from + ", :" + to + ")";
            conditions.add(i == rare
                    ? "SQL('? IN (" + RELEASES_WITH_WORD + ")', " + arguments
                    : "SQL('EXISTS (SELECT 1 FROM press_release_word WHERE release_id = ? AND word >= ? AND word < ?)', " + arguments);
        }
        return new Condition(conditions.toString(), parameters);
    }

    /**
     * Keeps the words of releases just written where the database needs them kept: on H2. One flush for them all
     * (their words refer to their rows, which new releases must have first), then a delete and an insert each.
     */
    public void keepWordsOf(Collection<PressRelease> written) {
        if (database != Database.H2) {
            return;
        }
        em.flush();
        for (PressRelease release : written) {
            em.createNativeQuery("DELETE FROM press_release_word WHERE release_id = ?")
                    .setParameter(1, release.id())
                    .executeUpdate();
            em.createNativeQuery("INSERT INTO press_release_word (release_id, word) SELECT ?, word FROM UNNEST(?) AS words(word)")
                    .setParameter(1, release.id())
                    .setParameter(2, SearchWords.of(release).toArray(String[]::new))
                    .executeUpdate();
        }
    }
}
