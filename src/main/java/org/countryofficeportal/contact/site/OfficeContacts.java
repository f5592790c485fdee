package org.countryofficeportal.contact.site;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.countryofficeportal.contact.Contact;
import org.countryofficeportal.contact.ContactService;
import org.countryofficeportal.office.site.OfficeView;

import java.util.List;

/** The contacts of the office a public page is about, fetched once per request. */
@Named
@RequestScoped
public class OfficeContacts {

    @EJB
    private ContactService contactService;

    @Inject
    private OfficeView officeView;

    private List<Contact> contacts;

    public List<Contact> getContacts() {
        if (contacts == null) {
            contacts = contactService.ofOffice(officeView.getOffice().id());
        }
        return contacts;
    }
}
