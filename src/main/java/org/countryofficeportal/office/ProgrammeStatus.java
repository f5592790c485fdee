package org.countryofficeportal.office;

public enum ProgrammeStatus {
    IMPLEMENTED,
    ONGOING
}
