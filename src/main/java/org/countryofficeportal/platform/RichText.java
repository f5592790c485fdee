package org.countryofficeportal.platform;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Rich text (release bodies) as the site may show it: the formatting, links and images of an article and
 * nothing else; no script, event handler, style or dangerous URL survives. Text typed without any markup, as staff
 * type into a plain text area, keeps its paragraphs: a blank line starts one, a single line break stays one.
 */
public final class RichText {

    private static final PolicyFactory ARTICLE = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.LINKS)
            .and(Sanitizers.TABLES)
            .and(Sanitizers.IMAGES)
            .and(new HtmlPolicyBuilder().allowElements("figure", "figcaption", "blockquote", "hr").toFactory());

    /** A tag's or comment's start: text without one is plain text. */
    private static final Pattern MARKUP = Pattern.compile("<[a-zA-Z!/]");
    /** Line ends as forms send them (CR LF), as one: an atomic group, lest one CR LF count as two line ends. */
    private static final Pattern BLANK_LINE = Pattern.compile("(?>\\R)\\h*(?>\\R)\\s*");
    private static final Pattern LINE_BREAK = Pattern.compile("(?>\\R)");

    private RichText() {
    }

    public static String sanitise(String html) {
        if (html == null) {
            return "";
        }
        return ARTICLE.sanitize(MARKUP.matcher(html).find() ? html : paragraphs(html));
    }

    private static String paragraphs(String text) {
        return BLANK_LINE.splitAsStream(text.strip()).map(String::strip).filter(paragraph -> !paragraph.isEmpty())
                .map(paragraph -> "<p>" + LINE_BREAK.matcher(escaped(paragraph)).replaceAll("<br>") + "</p>")
                .collect(Collectors.joining("\n"));
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
