package org.countryofficeportal.contact;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.countryofficeportal.account.Role;
import org.countryofficeportal.audit.AuditLog;
import org.countryofficeportal.office.Office;
import org.countryofficeportal.platform.ChangeRefusedException;
import org.countryofficeportal.platform.Changes;

import java.util.List;
import java.util.Optional;

/** Contact details of the offices: the transaction boundary and the only code that queries them. */
@Stateless
public class ContactService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditLog audit;

    public Optional<Contact> find(long id) {
        return Optional.ofNullable(em.find(Contact.class, id));
    }

    /** The office's contacts in the order the office lists them. */
    public List<Contact> ofOffice(String officeId) {
        return em.createQuery("SELECT c FROM Contact c WHERE c.office.id = :office ORDER BY c.position, c.id", Contact.class)
                .setParameter("office", officeId)
                .getResultList();
    }

    /** A new contact, listed after the office's others. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.EDITOR})
    public Contact create(String officeId, ContactDetails details) {
        Office office = Optional.ofNullable(em.find(Office.class, officeId))
                .orElseThrow(() -> new ChangeRefusedException("There is no office '" + officeId + "'."));
        int last = ofOffice(officeId).stream().mapToInt(Contact::position).max().orElse(0);
        Contact contact = write(new Contact(office, last + 1, null, "?", "?"), details);
        em.persist(contact);
        audit.record("contact.created", "contact", officeId + "/" + details.name(), details.role());
        return contact;
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.EDITOR})
    public Contact update(long id, long expectedVersion, ContactDetails details) {
        Contact contact = current(id, expectedVersion);
        write(contact, details);
        audit.record("contact.updated", "contact", contact.office().id() + "/" + details.name(), details.role());
        return contact;
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.EDITOR})
    public void delete(long id, long expectedVersion) {
        Contact contact = current(id, expectedVersion);
        em.remove(contact);
        audit.record("contact.deleted", "contact", contact.office().id() + "/" + contact.name(), null);
    }

    /** Swaps the contact with the one listed before it ({@code -1}) or after it ({@code +1}). */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.EDITOR})
    public void move(long id, int direction) {
        Contact contact = find(id).orElseThrow(() -> new ChangeRefusedException("Someone else deleted this contact meanwhile."));
        List<Contact> listed = ofOffice(contact.office().id());
        int from = listed.indexOf(contact);
        int to = from + Integer.signum(direction);
        if (to < 0 || to >= listed.size()) {
            return;
        }
        for (int i = 0; i < listed.size(); i++) {
            listed.get(i).moveTo(i == from ? to + 1 : i == to ? from + 1 : i + 1);
        }
        audit.record("contact.moved", "contact", contact.office().id() + "/" + contact.name(), "to place " + (to + 1));
    }

    private Contact current(long id, long expectedVersion) {
        Contact contact = find(id).orElseThrow(() -> new ChangeRefusedException("Someone else deleted this contact meanwhile."));
        return Changes.unchangedSince(contact, contact.version(), expectedVersion, "contact");
    }

    private static Contact write(Contact contact, ContactDetails details) {
        return Changes.checked(() -> {
            contact.describe(Changes.optional(details.honorific()), Changes.required(details.name(), "name"),
                    Changes.required(details.role(), "role"));
            contact.reachAt(Changes.optional(details.email()), details.phoneList(), details.websiteList());
            return contact;
        });
    }
}
