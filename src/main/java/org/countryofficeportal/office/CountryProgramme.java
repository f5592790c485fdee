package org.countryofficeportal.office;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;
import java.util.Objects;

/** The Decent Work Country Programme in force for an office; its priorities are kept on the office. */
@Embeddable
public class CountryProgramme {

    public static final int TITLE_LENGTH = 300;

    @Column(name = "programme_title", length = TITLE_LENGTH)
    private String title;

    @Column(name = "programme_from_year")
    private Integer fromYear;

    @Column(name = "programme_to_year")
    private Integer toYear;

    @Column(name = "programme_signed_on")
    private LocalDate signedOn;

    protected CountryProgramme() {
    }

    public CountryProgramme(String title, Integer fromYear, Integer toYear, LocalDate signedOn) {
        this.title = Objects.requireNonNull(title, "title");
        YearSpan.check(fromYear, toYear);
        this.fromYear = fromYear;
        this.toYear = toYear;
        this.signedOn = signedOn;
    }

    public String title() {
        return title;
    }

    public Integer fromYear() {
        return fromYear;
    }

    public Integer toYear() {
        return toYear;
    }

    public LocalDate signedOn() {
        return signedOn;
    }
}
