package org.countryofficeportal.platform;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Slugs are the stable ids in URLs and in the content bundle: lower-case words joined by hyphens. A slug can be
 * proposed from a title in any of the portal's languages: Russian and Tajik Cyrillic and Urdu letters are spelled
 * in Latin ones (Urdu writes few vowels, so its spelling is a proposal staff may correct), accents dropped.
 */
public final class Slugs {

    public static final String PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";
    private static final Pattern SLUG = Pattern.compile(PATTERN);
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^a-z0-9]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private static final Map<Character, String> LATIN_SPELLING = Map.<Character, String>ofEntries(
            // Russian, and the letters Tajik adds
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"), Map.entry('д', "d"),
            Map.entry('е', "e"), Map.entry('ё', "yo"), Map.entry('ж', "zh"), Map.entry('з', "z"), Map.entry('и', "i"),
            Map.entry('й', "y"), Map.entry('к', "k"), Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"),
            Map.entry('о', "o"), Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"),
            Map.entry('у', "u"), Map.entry('ф', "f"), Map.entry('х', "kh"), Map.entry('ц', "ts"), Map.entry('ч', "ch"),
            Map.entry('ш', "sh"), Map.entry('щ', "shch"), Map.entry('ъ', ""), Map.entry('ы', "y"), Map.entry('ь', ""),
            Map.entry('э', "e"), Map.entry('ю', "yu"), Map.entry('я', "ya"), Map.entry('ғ', "gh"), Map.entry('ӣ', "i"),
            Map.entry('қ', "q"), Map.entry('ӯ', "u"), Map.entry('ҳ', "h"), Map.entry('ҷ', "j"),
            // Urdu
            Map.entry('ا', "a"), Map.entry('آ', "a"), Map.entry('ب', "b"), Map.entry('پ', "p"), Map.entry('ت', "t"),
            Map.entry('ٹ', "t"), Map.entry('ث', "s"), Map.entry('ج', "j"), Map.entry('چ', "ch"), Map.entry('ح', "h"),
            Map.entry('خ', "kh"), Map.entry('د', "d"), Map.entry('ڈ', "d"), Map.entry('ذ', "z"), Map.entry('ر', "r"),
            Map.entry('ڑ', "r"), Map.entry('ز', "z"), Map.entry('ژ', "zh"), Map.entry('س', "s"), Map.entry('ش', "sh"),
            Map.entry('ص', "s"), Map.entry('ض', "z"), Map.entry('ط', "t"), Map.entry('ظ', "z"), Map.entry('ع', ""),
            Map.entry('غ', "gh"), Map.entry('ف', "f"), Map.entry('ق', "q"), Map.entry('ک', "k"), Map.entry('ك', "k"),
            Map.entry('گ', "g"), Map.entry('ل', "l"), Map.entry('م', "m"), Map.entry('ن', "n"), Map.entry('ں', "n"),
            Map.entry('و', "o"), Map.entry('ہ', "h"), Map.entry('ۂ', "h"), Map.entry('ه', "h"), Map.entry('ھ', "h"),
            Map.entry('ة', "h"), Map.entry('ء', ""), Map.entry('ی', "i"), Map.entry('ي', "i"), Map.entry('ے', "e"),
            Map.entry('ئ', ""), Map.entry('ۓ', "e"));

    private Slugs() {
    }

    public static boolean isSlug(String candidate) {
        return candidate != null && SLUG.matcher(candidate).matches();
    }

    public static String require(String candidate, String what) {
        if (!isSlug(candidate)) {
            throw new IllegalArgumentException(what + " must be lower-case words joined by hyphens, not '" + candidate + "'");
        }
        return candidate;
    }

    /**
     * A slug for a title: its words in Latin letters, lower case, joined by hyphens, cut after a whole word at
     * {@code longest} characters; empty when the title has no letter or digit.
     */
    public static String proposeFrom(String title, int longest) {
        StringBuilder latin = new StringBuilder();
        String lower = title == null ? "" : title.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c >= '۰' && c <= '۹') {
                latin.append((char) ('0' + (c - '۰')));
            } else {
                latin.append(LATIN_SPELLING.getOrDefault(c, String.valueOf(c)));
            }
        }
        String plain = MARKS.matcher(Normalizer.normalize(latin, Normalizer.Form.NFD)).replaceAll("");
        String slug = NOT_LETTER_OR_DIGIT.matcher(plain).replaceAll("-").replaceAll("^-+|-+$", "");
        if (slug.length() <= longest) {
            return slug;
        }
        String cut = slug.substring(0, longest);
        int lastWord = cut.lastIndexOf('-');
        return lastWord > 0 && slug.charAt(longest) != '-' ? cut.substring(0, lastWord) : cut.replaceAll("-+$", "");
    }
}
