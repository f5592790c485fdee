package org.countryofficeportal.staff;

import org.countryofficeportal.platform.RichText;

/**
 * One field of an item someone else saved while a staff member was editing it: its label, what they saved, and
 * whether that differs from the form; the conflict piece of every editor shows a list of them. Rich text is shown as
 * it reads (sanitised), not as its markup.
 */
public record ConflictField(String label, String theirs, boolean differs, boolean rich) {

    public static ConflictField of(String label, String theirs, String yours) {
        String saved = theirs == null ? "" : theirs;
        return new ConflictField(label, saved, !saved.equals(yours == null ? "" : yours), false);
    }

    public static ConflictField ofRichText(String label, String theirs, String yours) {
        ConflictField field = of(label, theirs, yours);
        return new ConflictField(label, RichText.sanitise(field.theirs()), field.differs(), true);
    }
}
