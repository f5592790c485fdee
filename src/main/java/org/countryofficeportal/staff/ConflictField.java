package org.countryofficeportal.staff;

/**
 * One field of an item someone else saved while a staff member was editing it: its label, what they saved, and
 * whether that differs from the form; the conflict piece of every editor shows a list of them.
 */
public record ConflictField(String label, String theirs, boolean differs) {

    public static ConflictField of(String label, String theirs, String yours) {
        String saved = theirs == null ? "" : theirs;
        return new ConflictField(label, saved, !saved.equals(yours == null ? "" : yours));
    }
}
