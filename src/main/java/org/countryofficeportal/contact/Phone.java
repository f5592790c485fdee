package org.countryofficeportal.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Optional;

/** A phone number as printed (international form), with the extension to ask for. */
@Embeddable
public class Phone {

    public static final int NUMBER_LENGTH = 40;
    public static final int EXTENSION_LENGTH = 10;
    /** A number in international form, as printed: a plus, digits, and spaces or ( ) . / - between them. */
    public static final String NUMBER_PATTERN = "\\+[0-9][0-9 ()./-]{4,38}";
    public static final String EXTENSION_PATTERN = "[0-9]{1,10}";
    /** How a phone line is written, for every message and hint about one (the example: the seed's one number). */
    public static final String FORM = "international form, e.g. +992 44 600 5597 ext. 273";

    @Column(name = "phone_number", nullable = false, length = NUMBER_LENGTH)
    private String number;

    @Column(name = "extension", length = EXTENSION_LENGTH)
    private String extension;

    protected Phone() {
    }

    public Phone(String number, String extension) {
        if (number == null || !number.matches(NUMBER_PATTERN) || extension != null && !extension.matches(EXTENSION_PATTERN)) {
            throw new IllegalArgumentException("'" + number + "' is not a phone number in " + FORM);
        }
        this.number = number;
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
