package org.countryofficeportal.office;

/** Whether a programme of an office is done or running. */
public enum ProgrammeStatus {
    IMPLEMENTED("Implemented"),
    ONGOING("Ongoing");

    private final String words;

    ProgrammeStatus(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
