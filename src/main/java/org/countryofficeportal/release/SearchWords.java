package org.countryofficeportal.release;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Words as the public search sees them: lower-cased runs of letters and digits. Markup is no word. */
final class SearchWords {

    /** The longest word kept (the length of {@code press_release_word.word}); longer ones are kept that far. */
    static final int LONGEST = 100;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern MARKUP = Pattern.compile("<[^>]*>");

    private SearchWords() {
    }

    /** The distinct words of what a reader typed, in the order typed. */
    static Set<String> typed(String text) {
        return wordsOf(text, new LinkedHashSet<>());
    }

    /** The distinct words of a release's own texts: title, summary and body (its markup left out). */
    static Set<String> of(PressRelease release) {
        Set<String> words = new LinkedHashSet<>();
        wordsOf(release.title(), words);
        wordsOf(release.summary(), words);
        release.body().ifPresent(body -> wordsOf(MARKUP.matcher(body).replaceAll(" "), words));
        return words;
    }

    private static Set<String> wordsOf(String text, Set<String> words) {
        Matcher word = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (word.find()) {
            words.add(word.group().substring(0, Math.min(word.group().length(), LONGEST)));
        }
        return words;
    }
}
