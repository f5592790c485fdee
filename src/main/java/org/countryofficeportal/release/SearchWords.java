package org.countryofficeportal.release;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Words as the public search sees them: lower-cased runs of letters and digits. */
final class SearchWords {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private SearchWords() {
    }

    /** The distinct words of what a reader typed, in the order typed. */
    static Set<String> typed(String text) {
        Set<String> words = new LinkedHashSet<>();
        Matcher word = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (word.find()) {
            words.add(word.group());
        }
        return words;
    }
}
