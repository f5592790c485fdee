package org.countryofficeportal.content;

/**
 * One thing wrong with a content bundle, located so that whoever edits the file can go straight to it.
 *
 * @param file  the bundle file's name
 * @param item  the item in the bundle, as {@code releases[3] 'its-slug'}, or empty for the document itself
 * @param field the field within the item, as {@code translations[0].title}, or empty for the whole item
 */
public record BundleProblem(String file, String item, String field, String message) {

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(file);
        if (!item.isEmpty()) {
            text.append(": ").append(item);
        }
        if (!field.isEmpty()) {
            text.append(": field '").append(field).append('\'');
        }
        return text.append(": ").append(message).toString();
    }
}
