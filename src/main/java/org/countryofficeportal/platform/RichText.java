package org.countryofficeportal.platform;

import org.owasp.html.HtmlChangeListener;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.HtmlSanitizer;
import org.owasp.html.HtmlStreamEventReceiver;
import org.owasp.html.PolicyFactory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import java.util.stream.Collectors;

/**
 * Rich text (release bodies) as the portal keeps and shows it: the vocabulary of the back office's editor and
 * nothing else. Paragraphs, headings of levels 2 to 4 (the page's title is the level 1), bold, italic, links,
 * bulleted and numbered lists, quotes, tables, images with their alternative text, line breaks and rules. No script,
 * event handler, style or dangerous address survives. The sanitiser is the authority on what is kept; the editor
 * (webapp/static/admin/rich-text.js) writes the same vocabulary, so that what it writes comes back unchanged.
 *
 * <p>What is kept is written out as a browser's {@code innerHTML} writes it (only {@code & < >} and the no-break
 * space escaped in text, and the quote too in attribute values), not with the sanitiser's own escaping of every
 * quote, apostrophe, {@code +}, {@code =} or {@code @}: a text staff wrote comes back as they wrote it.
 *
 * <p>Text typed without any markup (a plain text area, where the page runs no script; the API's and an import's
 * plain text) keeps its paragraphs: a blank line starts one, a single line break stays one.
 */
public final class RichText {

    private static final Pattern POSITIVE_NUMBER = Pattern.compile("[1-9][0-9]{0,5}");
    /** What other editors write for the same things, kept as the editor writes them (not removals). */
    private static final Map<String, String> RENAMED = Map.of("h1", "h2", "h5", "h4", "h6", "h4", "b", "strong", "i", "em");

    private static final PolicyFactory ARTICLE = renaming(new HtmlPolicyBuilder())
            .allowElements("p", "h2", "h3", "h4", "strong", "em", "br", "hr", "blockquote", "ul", "ol", "li",
                    "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td")
            .allowAttributes("start").matching(POSITIVE_NUMBER).onElements("ol")
            .allowAttributes("colspan", "rowspan").matching(POSITIVE_NUMBER).onElements("th", "td")
            .allowUrlProtocols("http", "https", "mailto", "tel")
            .allowElements("a").allowAttributes("href").onElements("a")
            // An image is kept only with an address: without one it would show as a broken picture.
            .allowElements((name, attributes) -> attributes.contains("src") ? name : null, "img")
            .allowAttributes("src", "alt").onElements("img")
            .toFactory();

    /** Elements written without a closing tag. */
    private static final Set<String> VOID = Set.of("br", "hr", "img");

    /** A tag's or comment's start: text without one is plain text. */
    private static final Pattern MARKUP = Pattern.compile("<[a-zA-Z!/]");
    /** Line ends as forms send them (CR LF), as one: an atomic group, lest one CR LF count as two line ends. */
    private static final Pattern BLANK_LINE = Pattern.compile("(?>\\R)\\h*(?>\\R)\\s*");
    private static final Pattern LINE_BREAK = Pattern.compile("(?>\\R)");

    private RichText() {
    }

    /** The rich text as the site may show it. */
    public static String sanitise(String html) {
        return clean(html).html();
    }

    /** The rich text as the site may show it, with what was removed from it. */
    public static Cleaned clean(String html) {
        if (html == null || html.isEmpty()) {
            return new Cleaned("", List.of());
        }
        String marked = MARKUP.matcher(html).find() ? html : paragraphs(html);
        StringBuilder out = new StringBuilder(marked.length());
        Removals removals = new Removals();
        HtmlSanitizer.sanitize(marked, ARTICLE.apply(new AsBrowsersWriteIt(out), removals, null));
        return new Cleaned(out.toString(), removals.list());
    }

    private static String paragraphs(String text) {
        return BLANK_LINE.splitAsStream(text.strip()).map(String::strip).filter(paragraph -> !paragraph.isEmpty())
                .map(paragraph -> "<p>" + LINE_BREAK.matcher(escaped(paragraph)).replaceAll("<br>") + "</p>")
                .collect(Collectors.joining("\n"));
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static HtmlPolicyBuilder renaming(HtmlPolicyBuilder policy) {
        RENAMED.forEach((name, kept) -> policy.allowElements((element, attributes) -> kept, name));
        return policy;
    }

    /**
     * Rich text once sanitised, and what the sanitiser took out of it, in the order first met.
     *
     * @param html      what is kept
     * @param removals  each kind of element or attribute removed, with how many times
     */
    public record Cleaned(String html, List<Removal> removals) {
    }

    /**
     * Something the sanitiser removed.
     *
     * @param element   the element removed, or the one whose attribute was removed
     * @param attribute the attribute removed, or null when the element itself was
     * @param times     how many of them
     */
    public record Removal(String element, String attribute, int times) {

        public boolean isAttribute() {
            return attribute != null;
        }
    }

    /** Counts what the sanitiser reports it discarded; several attributes of one kind count as one kind. */
    private static final class Removals implements HtmlChangeListener<Object> {

        private final Map<String, Integer> counts = new LinkedHashMap<>();

        @Override
        public void discardedTag(Object context, String element) {
            // The sanitiser reports an element it renames as discarded, which it is not.
            if (!RENAMED.containsKey(element)) {
                counts.merge(element + "\n", 1, Integer::sum);
            }
        }

        @Override
        public void discardedAttributes(Object context, String element, String... attributes) {
            for (String attribute : attributes) {
                // An attribute is named by itself: "an onclick attribute", wherever it was.
                counts.merge("\n" + attribute, 1, Integer::sum);
            }
        }

        List<Removal> list() {
            List<Removal> removals = new ArrayList<>();
            counts.forEach((key, times) -> {
                int cut = key.indexOf('\n');
                String element = key.substring(0, cut);
                String attribute = key.substring(cut + 1);
                removals.add(new Removal(element.isEmpty() ? null : element, attribute.isEmpty() ? null : attribute, times));
            });
            return List.copyOf(removals);
        }
    }

    /**
     * Writes the sanitiser's events as a browser's {@code innerHTML} would: the names come from the policy above and the
     * values are escaped, so nothing written can open an element or leave an attribute.
     */
    private static final class AsBrowsersWriteIt implements HtmlStreamEventReceiver {

        private final StringBuilder out;

        AsBrowsersWriteIt(StringBuilder out) {
            this.out = out;
        }

        @Override
        public void openDocument() {
        }

        @Override
        public void closeDocument() {
        }

        @Override
        public void openTag(String element, List<String> attributes) {
            out.append('<').append(element);
            for (int i = 0; i + 1 < attributes.size(); i += 2) {
                out.append(' ').append(attributes.get(i)).append("=\"");
                escape(attributes.get(i + 1), true);
                out.append('"');
            }
            out.append('>');
        }

        @Override
        public void closeTag(String element) {
            if (!VOID.contains(element)) {
                out.append("</").append(element).append('>');
            }
        }

        @Override
        public void text(String text) {
            escape(text, false);
        }

        private void escape(String text, boolean attribute) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    // A form sends its lines ended by CR LF; the text keeps them as the browser shows them, LF.
                    case '\r' -> {
                        if (i + 1 == text.length() || text.charAt(i + 1) != '\n') {
                            out.append('\n');
                        }
                    }
                    case '&' -> out.append("&amp;");
                    case '<' -> out.append("&lt;");
                    case '>' -> out.append("&gt;");
                    case '\u00a0' -> out.append("&nbsp;");
                    case '"' -> out.append(attribute ? "&quot;" : "\"");
                    default -> {
                        if (c >= ' ' || c == '\n' || c == '\t') {
                            out.append(c);
                        }
                    }
                }
            }
        }
    }
}
