package org.countryofficeportal.release;

import java.util.List;

/** One page of the staff list of releases, and where it stands in the whole list. */
public record StaffReleasePage(List<PressRelease> items, long total, int number, int size) {

    public StaffReleasePage {
        items = List.copyOf(items);
    }

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasNext() {
        return number < pages();
    }

    public boolean hasPrevious() {
        return number > 1;
    }
}
