package org.countryofficeportal.office;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Objects;

/** A headed block of overview text; the body keeps paragraphs separated by blank lines. */
@Embeddable
public class Section {

    public static final int HEADING_LENGTH = 200;
    public static final int BODY_LENGTH = 100_000;

    @Column(name = "heading", nullable = false, length = HEADING_LENGTH)
    private String heading;

    @Column(name = "body", nullable = false, length = BODY_LENGTH)
    private String body;

    protected Section() {
    }

    public Section(String heading, String body) {
        this.heading = Objects.requireNonNull(heading, "heading");
        this.body = Objects.requireNonNull(body, "body");
    }

    public String heading() {
        return heading;
    }

    public String body() {
        return body;
    }
}
