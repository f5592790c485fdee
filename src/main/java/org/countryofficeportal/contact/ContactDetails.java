package org.countryofficeportal.contact;

import org.countryofficeportal.platform.Changes;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A contact as staff write it: phones one per line ("+92 51 2276456 ext. 273"), web sites one per line.
 */
public record ContactDetails(String honorific, String name, String role, String email, String phones, String websites)
        implements Serializable {

    private static final Pattern PHONE = Pattern.compile("(\\+[0-9][0-9 ()./-]{4,38}?)\\s*(?:(?:ext\\.?|extension|x)\\s*([0-9]{1,10}))?",
            Pattern.CASE_INSENSITIVE);

    public static ContactDetails of(Contact contact) {
        return new ContactDetails(contact.honorific().orElse(null), contact.name(), contact.role(), contact.email().orElse(null),
                String.join("\n", contact.phones().stream()
                        .map(phone -> phone.number() + phone.extension().map(ext -> " ext. " + ext).orElse("")).toList()),
                String.join("\n", contact.websites()));
    }

    /** The phone lines as numbers with extensions; a line that is not a phone number is refused with its text. */
    List<Phone> phoneList() {
        List<Phone> list = new ArrayList<>();
        for (String line : Changes.lines(phones)) {
            Matcher phone = PHONE.matcher(line);
            if (!phone.matches()) {
                throw new IllegalArgumentException("'" + line + "' is not a phone number in international form, e.g. +992 44 600 5597 ext. 273");
            }
            list.add(new Phone(phone.group(1).strip(), phone.group(2)));
        }
        return list;
    }

    List<String> websiteList() {
        List<String> list = Changes.lines(websites);
        // As printed ("www.ilo.org") or in full ("https://www.ilo.org/islamabad"): no other scheme, no markup.
        list.stream().filter(site -> !site.matches("(https?://)?[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+(/[^\\s<>\"]*)?")).findFirst()
                .ifPresent(site -> {
                    throw new IllegalArgumentException("'" + site + "' is not a web address such as www.ilo.org or https://www.ilo.org/");
                });
        return list;
    }
}
