package org.countryofficeportal.contact;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** Contact details of the offices: the transaction boundary and the only code that queries them. */
@Stateless
public class ContactService {

    @PersistenceContext
    private EntityManager em;

    public Contact add(Contact contact) {
        em.persist(contact);
        return contact;
    }

    public Optional<Contact> find(long id) {
        return Optional.ofNullable(em.find(Contact.class, id));
    }

    /** The office's contacts in the order the office lists them. */
    public List<Contact> ofOffice(String officeId) {
        return em.createQuery("SELECT c FROM Contact c WHERE c.office.id = :office ORDER BY c.position, c.id", Contact.class)
                .setParameter("office", officeId)
                .getResultList();
    }
}
