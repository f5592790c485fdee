package org.countryofficeportal.platform;

import java.util.UUID;

/**
 * One change to the content or the accounts, as a typed value: what a back-office form, the content importer or a
 * test fixture asks a service for. Its constraints (Bean Validation) are checked once, by {@link CommandHandling},
 * before the one service method that executes it runs; the same handling refuses a form sent twice, turns an edit
 * made over someone else's into an {@link EditConflictException}, and announces the change for the audit log.
 *
 * @param <R> what executing it gives back
 */
public interface Command<R> {

    /**
     * The form this change was sent from, a new id each time a form is shown: the same id again is the same change
     * (a double click, a reload), done once. Null for a change not sent from a form.
     */
    UUID submission();

    /** What the audit log says of the change, once done with this result. */
    Audited audited(R result);

    /** A change as the audit log keeps it: what was done, to which item (its key and a label for people). */
    record Audited(Action action, String itemKey, String itemLabel, String details) {

        public Audited(Action action, String itemKey, String itemLabel) {
            this(action, itemKey, itemLabel, null);
        }
    }

    /** What a change does, in words for the audit log; each feature lists its own. */
    interface Action {

        /** A stable code, kept with the entry. */
        String name();

        ItemKind kind();

        /** What the staff member did, completing "Amina ...": e.g. "published the press release". */
        String words();
    }
}
