package org.countryofficeportal.contact.site;

import org.countryofficeportal.contact.Contact;

import java.util.stream.Collectors;

/** A contact written as vCard 4.0 (RFC 6350). */
final class VCard {

    private VCard() {
    }

    static String of(Contact contact) {
        StringBuilder card = new StringBuilder("BEGIN:VCARD\r\nVERSION:4.0\r\n");
        line(card, "FN", contact.honorific().map(h -> h + " ").orElse("") + contact.name());
        line(card, "TITLE", contact.role());
        line(card, "ORG", contact.office().name());
        contact.phones().forEach(phone -> card.append("TEL;VALUE=uri;TYPE=work:tel:").append(phone.dialable()).append("\r\n"));
        contact.email().ifPresent(email -> line(card, "EMAIL", email));
        contact.websites().forEach(site -> line(card, "URL", site.startsWith("http") ? site : "https://" + site));
        return card.append("END:VCARD\r\n").toString();
    }

    static String fileName(Contact contact) {
        return contact.name().chars()
                .mapToObj(c -> Character.isLetterOrDigit(c) && c < 128 ? String.valueOf((char) c) : "-")
                .collect(Collectors.joining()) + ".vcf";
    }

    /** A property line with the text escaped as RFC 6350 asks (backslash, comma, semicolon, newline). */
    private static void line(StringBuilder card, String property, String text) {
        String escaped = text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n");
        card.append(property).append(':').append(escaped).append("\r\n");
    }
}
