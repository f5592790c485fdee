package org.countryofficeportal.contact.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.countryofficeportal.contact.Contact;

import java.util.List;

/** A contact person in the JSON API v1. */
@JsonbPropertyOrder({"id", "honorific", "name", "role", "email", "phones", "websites"})
public record ContactJson(long id, String honorific, String name, String role, String email, List<PhoneJson> phones,
                          List<String> websites) {

    /** A phone number as printed, its extension, and a {@code tel:} URI to dial it. */
    @JsonbPropertyOrder({"number", "extension", "tel"})
    public record PhoneJson(String number, String extension, String tel) {
    }

    public static ContactJson of(Contact contact) {
        return new ContactJson(contact.id(), contact.honorific().orElse(null), contact.name(), contact.role(),
                contact.email().orElse(null),
                contact.phones().stream()
                        .map(phone -> new PhoneJson(phone.number(), phone.extension().orElse(null), "tel:" + phone.dialable()))
                        .toList(),
                contact.websites());
    }

    /** The contacts of one office. */
    public record Items(List<ContactJson> items) {
    }
}
