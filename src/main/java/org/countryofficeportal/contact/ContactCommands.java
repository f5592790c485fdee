package org.countryofficeportal.contact;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.countryofficeportal.platform.Command;
import org.countryofficeportal.platform.ItemKind;

import java.util.List;
import java.util.UUID;

/** Every change to an office's contacts, one record each, executed by one method of {@link ContactService}. */
public final class ContactCommands {

    private ContactCommands() {
    }

    public record PhoneText(
            @NotBlank @Pattern(regexp = Phone.NUMBER_PATTERN,
                    message = "A phone number is in " + Phone.FORM + ".") String number,
            @Pattern(regexp = Phone.EXTENSION_PATTERN, message = "An extension is digits only.") String extension) {
    }

    /** What staff write of a person to contact. */
    public record ContactText(
            @Size(max = Contact.HONORIFIC_LENGTH, message = "An honorific has at most {max} characters: shorten it.") String honorific,
            @NotBlank(message = "Give the person's name.")
            @Size(max = Contact.NAME_LENGTH, message = "A name has at most {max} characters: shorten it.") String name,
            @NotBlank(message = "Give the person's role.")
            @Size(max = Contact.ROLE_LENGTH, message = "A role has at most {max} characters: shorten it.") String role,
            @Size(max = Contact.EMAIL_LENGTH, message = "An e-mail address has at most {max} characters: shorten it.")
            @Pattern(regexp = Contact.EMAIL_PATTERN, message = "That is not an e-mail address, such as islamabad@ilo.org.") String email,
            @NotNull List<@Valid PhoneText> phones,
            @NotNull List<@Size(max = Contact.WEBSITE_LENGTH, message = "A web address has at most {max} characters: shorten it.")
            @Pattern(regexp = Contact.WEBSITE_PATTERN, message = "A web address is like www.ilo.org or https://www.ilo.org/.") String> websites) {

        public ContactText {
            honorific = blankIsNone(honorific);
            name = name == null ? null : name.strip();
            role = role == null ? null : role.strip();
            email = blankIsNone(email);
        }

        private static String blankIsNone(String text) {
            return text == null || text.isBlank() ? null : text.strip();
        }

        public static ContactText of(Contact contact) {
            return new ContactText(contact.honorific().orElse(null), contact.name(), contact.role(), contact.email().orElse(null),
                    contact.phones().stream().map(phone -> new PhoneText(phone.number(), phone.extension().orElse(null))).toList(),
                    contact.websites());
        }
    }

    /** What the audit log says staff did to a contact. */
    public enum ContactAction implements Command.Action {
        CREATED("added the contact"),
        UPDATED("updated the contact"),
        MOVED("moved the contact in its office's list"),
        DELETED("deleted the contact"),
        RESTORED("restored the deleted contact");

        private final String words;

        ContactAction(String words) {
            this.words = words;
        }

        @Override
        public ItemKind kind() {
            return ItemKind.CONTACT;
        }

        @Override
        public String words() {
            return words;
        }
    }

    private static Command.Audited audited(ContactAction action, Contact contact) {
        return new Command.Audited(action, String.valueOf(contact.id()), contact.name() + ", " + contact.office().shortName());
    }

    /** A new contact, listed after the office's others. */
    public record Create(@NotBlank(message = "Choose the office.") String office, @NotNull @Valid ContactText text,
                         UUID submission) implements Command<Contact> {
        @Override
        public Audited audited(Contact contact) {
            return ContactCommands.audited(ContactAction.CREATED, contact);
        }
    }

    public record Update(long id, long version, @NotNull @Valid ContactText text, UUID submission) implements Command<Contact> {
        @Override
        public Audited audited(Contact contact) {
            return ContactCommands.audited(ContactAction.UPDATED, contact);
        }
    }

    /** One place up ({@code -1}) or down ({@code +1}) in the office's list. */
    public record Move(long id, int direction, UUID submission) implements Command<Contact> {
        @Override
        public Audited audited(Contact contact) {
            return ContactCommands.audited(ContactAction.MOVED, contact);
        }
    }

    /** Off the site and the API; it stays restorable. */
    public record Delete(long id, long version, UUID submission) implements Command<Contact> {
        @Override
        public Audited audited(Contact contact) {
            return ContactCommands.audited(ContactAction.DELETED, contact);
        }
    }

    public record Restore(long id, UUID submission) implements Command<Contact> {
        @Override
        public Audited audited(Contact contact) {
            return ContactCommands.audited(ContactAction.RESTORED, contact);
        }
    }
}
