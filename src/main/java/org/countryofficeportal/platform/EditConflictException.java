package org.countryofficeportal.platform;

import jakarta.ejb.ApplicationException;

/**
 * Someone else changed the item after the staff member opened it: nothing of theirs was saved. The editor shows
 * the stored item beside what they typed ({@code staff:conflict}), and their next save goes over it knowingly.
 */
@ApplicationException(rollback = true)
public class EditConflictException extends RuntimeException {

    private final long storedVersion;

    public EditConflictException(long storedVersion) {
        super("changed by someone else meanwhile (version " + storedVersion + " is stored)");
        this.storedVersion = storedVersion;
    }

    /** The version stored now; unknown (-1) when two saves met at the same moment. */
    public long storedVersion() {
        return storedVersion;
    }

    /** The item as the staff member last saw it, or this exception when it changed since. */
    public static <T> T unlessChanged(T item, long storedVersion, long expectedVersion) {
        if (storedVersion != expectedVersion) {
            throw new EditConflictException(storedVersion);
        }
        return item;
    }
}
