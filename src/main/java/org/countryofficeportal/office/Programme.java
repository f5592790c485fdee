package org.countryofficeportal.office;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.util.Objects;

/** A programme or project the office has implemented or runs now; years are known for some only. */
@Embeddable
public class Programme {

    public static final int TITLE_LENGTH = 300;

    @Column(name = "title", nullable = false, length = TITLE_LENGTH)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ProgrammeStatus status;

    @Column(name = "from_year")
    private Integer fromYear;

    @Column(name = "to_year")
    private Integer toYear;

    protected Programme() {
    }

    public Programme(String title, ProgrammeStatus status, Integer fromYear, Integer toYear) {
        this.title = Objects.requireNonNull(title, "title");
        this.status = Objects.requireNonNull(status, "status");
        YearSpan.check(fromYear, toYear);
        this.fromYear = fromYear;
        this.toYear = toYear;
    }

    public String title() {
        return title;
    }

    public ProgrammeStatus status() {
        return status;
    }

    public Integer fromYear() {
        return fromYear;
    }

    public Integer toYear() {
        return toYear;
    }
}
