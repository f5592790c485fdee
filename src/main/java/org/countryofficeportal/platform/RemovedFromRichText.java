package org.countryofficeportal.platform;

import java.util.List;

/**
 * The sanitiser took something out of rich text a staff member sent (a script, a style, an unknown element...): fired
 * by the service that saved it, for the page that sent it to say so in words.
 *
 * @param property the property of the command that held the text, e.g. {@code text.body}
 * @param removals what was removed
 */
public record RemovedFromRichText(String property, List<RichText.Removal> removals) {
}
