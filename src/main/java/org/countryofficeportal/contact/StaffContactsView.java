package org.countryofficeportal.contact;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.countryofficeportal.office.Office;
import org.countryofficeportal.office.OfficeService;
import org.countryofficeportal.platform.StaffMessages;

import java.util.List;

/** An office's contacts for staff: in the office's order, to reorder, open or delete. */
@Named("staffContacts")
@RequestScoped
public class StaffContactsView {

    @EJB
    private ContactService contacts;

    @EJB
    private OfficeService offices;

    @Inject
    private StaffMessages messages;

    private String office = "pakistan";

    public List<Contact> getContacts() {
        return contacts.ofOffice(office);
    }

    public List<Office> getOffices() {
        return offices.all();
    }

    public void move(long id, int direction) {
        messages.attempt(() -> {
            contacts.move(id, direction);
            return "Order changed.";
        });
    }

    public void delete(long id, long version) {
        messages.attempt(() -> {
            contacts.delete(id, version);
            return "Contact deleted.";
        });
    }

    public String getOffice() {
        return office;
    }

    public void setOffice(String office) {
        this.office = office;
    }
}
