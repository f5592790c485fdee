package org.countryofficeportal.platform;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Rich text (release bodies) as the site may show it: the formatting, links and images of an article and
 * nothing else; no script, event handler, style or dangerous URL survives.
 */
public final class RichText {

    private static final PolicyFactory ARTICLE = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.LINKS)
            .and(Sanitizers.TABLES)
            .and(Sanitizers.IMAGES)
            .and(new HtmlPolicyBuilder().allowElements("figure", "figcaption", "blockquote", "hr").toFactory());

    private RichText() {
    }

    public static String sanitise(String html) {
        return html == null ? "" : ARTICLE.sanitize(html);
    }
}
