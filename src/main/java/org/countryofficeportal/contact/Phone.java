package org.countryofficeportal.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Objects;
import java.util.Optional;

/** A phone number as printed (international form), with the extension to ask for. */
@Embeddable
public class Phone {

    @Column(name = "phone_number", nullable = false, length = 40)
    private String number;

    @Column(name = "extension", length = 10)
    private String extension;

    protected Phone() {
    }

    public Phone(String number, String extension) {
        this.number = Objects.requireNonNull(number, "number");
        this.extension = extension;
    }

    public String number() {
        return number;
    }

    public Optional<String> extension() {
        return Optional.ofNullable(extension);
    }

    /** The number for a {@code tel:} link: digits and the leading plus only, extension as RFC 3966 {@code ;ext=}. */
    public String dialable() {
        String digits = number.replaceAll("[^0-9+]", "");
        return extension == null ? digits : digits + ";ext=" + extension;
    }
}
