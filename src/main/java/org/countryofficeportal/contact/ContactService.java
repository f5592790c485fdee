package org.countryofficeportal.contact;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.countryofficeportal.contact.ContactCommands.ContactText;
import org.countryofficeportal.contact.ContactCommands.Create;
import org.countryofficeportal.contact.ContactCommands.Delete;
import org.countryofficeportal.contact.ContactCommands.Move;
import org.countryofficeportal.contact.ContactCommands.Restore;
import org.countryofficeportal.contact.ContactCommands.Update;
import org.countryofficeportal.office.Office;
import org.countryofficeportal.platform.ChangeRefusedException;
import org.countryofficeportal.platform.EditConflictException;
import org.countryofficeportal.platform.ExecutesCommands;
import org.countryofficeportal.platform.Role;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Contact details of the offices: the only code that queries them, and one method per
 * {@link ContactCommands command} that changes them. A deleted contact is kept, hidden, until it is restored.
 */
@Stateless
@ExecutesCommands
public class ContactService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /** A contact, deleted or not. */
    public Optional<Contact> find(long id) {
        return Optional.ofNullable(em.find(Contact.class, id));
    }

    /** The office's contacts in the order the office lists them (none deleted). */
    public List<Contact> ofOffice(String officeId) {
        return em.createQuery("SELECT c FROM Contact c WHERE c.office.id = :office AND c.deletedAt IS NULL"
                        + " ORDER BY c.position, c.id", Contact.class)
                .setParameter("office", officeId)
                .getResultList();
    }

    /** The office's deleted contacts, last deleted first: they can be restored. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.EDITOR})
    public List<Contact> deletedOf(String officeId) {
        return em.createQuery("SELECT c FROM Contact c WHERE c.office.id = :office AND c.deletedAt IS NOT NULL"
                        + " ORDER BY c.deletedAt DESC", Contact.class)
                .setParameter("office", officeId)
                .getResultList();
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.EDITOR})
    public Contact create(Create command) {
        Office office = Optional.ofNullable(em.find(Office.class, command.office()))
                .orElseThrow(() -> new ChangeRefusedException("office", "Choose one of the offices offered."));
        int last = ofOffice(office.id()).stream().mapToInt(Contact::position).max().orElse(0);
        ContactText text = command.text();
        Contact contact = new Contact(office, last + 1, text.honorific(), text.name(), text.role());
        em.persist(reach(contact, text));
        return contact;
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.EDITOR})
    public Contact update(Update command) {
        Contact contact = current(command.id(), command.version());
        ContactText text = command.text();
        contact.describe(text.honorific(), text.name(), text.role());
        return reach(contact, text);
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.EDITOR})
    public Contact move(Move command) {
        Contact contact = find(command.id()).filter(found -> found.deletedAt().isEmpty())
                .orElseThrow(() -> new ChangeRefusedException("Someone else deleted this contact meanwhile."));
        List<Contact> listed = ofOffice(contact.office().id());
        int from = listed.indexOf(contact);
        int to = from + Integer.signum(command.direction());
        if (to >= 0 && to < listed.size()) {
            for (int i = 0; i < listed.size(); i++) {
                listed.get(i).moveTo(i == from ? to + 1 : i == to ? from + 1 : i + 1);
            }
        }
        return contact;
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.EDITOR})
    public Contact delete(Delete command) {
        Contact contact = current(command.id(), command.version());
        contact.delete(clock.instant());
        return contact;
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.EDITOR})
    public Contact restore(Restore command) {
        Contact contact = find(command.id()).filter(found -> found.deletedAt().isPresent())
                .orElseThrow(() -> new ChangeRefusedException("There is no deleted contact to restore."));
        contact.restore();
        int last = ofOffice(contact.office().id()).stream().mapToInt(Contact::position).max().orElse(0);
        contact.moveTo(last + 1);
        return contact;
    }

    private Contact current(long id, long version) {
        Contact contact = find(id).filter(found -> found.deletedAt().isEmpty())
                .orElseThrow(() -> new ChangeRefusedException("Someone else deleted this contact meanwhile."));
        return EditConflictException.unlessChanged(contact, contact.version(), version);
    }

    private static Contact reach(Contact contact, ContactText text) {
        try {
            contact.reachAt(text.email(), text.phones().stream().map(phone -> new Phone(phone.number(), phone.extension())).toList(),
                    text.websites());
        } catch (IllegalArgumentException e) {
            throw new ChangeRefusedException("phones", Character.toUpperCase(e.getMessage().charAt(0)) + e.getMessage().substring(1) + ".");
        }
        return contact;
    }
}
