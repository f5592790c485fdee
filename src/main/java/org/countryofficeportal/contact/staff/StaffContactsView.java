package org.countryofficeportal.contact.staff;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.countryofficeportal.contact.Contact;
import org.countryofficeportal.contact.ContactCommands;
import org.countryofficeportal.contact.ContactService;
import org.countryofficeportal.office.Office;
import org.countryofficeportal.office.OfficeService;
import org.countryofficeportal.staff.FormTokens;
import org.countryofficeportal.staff.StaffMessages;

import java.util.List;
import java.util.function.Supplier;

/**
 * An office's contacts for staff: their order (moved up and down), deletion after saying yes (with an offer to undo),
 * and the contacts deleted lately, to restore.
 */
@Named("staffContacts")
@RequestScoped
public class StaffContactsView {

    static final String PAGE = "/admin/contacts.xhtml";
    private static final String FORM = "contacts";

    @EJB
    private ContactService contacts;

    @EJB
    private OfficeService offices;

    @Inject
    private StaffMessages messages;

    @Inject
    private FormTokens tokens;

    @Inject
    private HttpServletRequest request;

    private String office;

    @PostConstruct
    void open() {
        office = offices.find(String.valueOf(request.getParameter("office"))).map(Office::id)
                .orElseGet(() -> offices.all().stream().findFirst().map(Office::id).orElse(null));
    }

    public void move(long id, int direction) {
        change(() -> contacts.move(new ContactCommands.Move(id, direction, tokens.submission())), "Order saved.");
    }

    public void delete(long id, long version) {
        change(() -> contacts.delete(new ContactCommands.Delete(id, version, tokens.submission())),
                "Contact deleted: it is off the site and the apps. Restore it below if that was a mistake.");
    }

    public void restore(long id) {
        change(() -> contacts.restore(new ContactCommands.Restore(id, tokens.submission())),
                "Contact restored, at the end of the office's list.");
    }

    private void change(Supplier<Contact> change, String done) {
        messages.send(FORM, change)
                .ifConflict(() -> messages.doneThenShow("Someone else changed this contact meanwhile: nothing was done. The"
                        + " list shows it as it is now.", PAGE + "?office=" + office))
                .thenShow(changed -> done, PAGE + "?office=" + office);
    }

    /** The contact the address asks to confirm the deletion of (?ask=delete&amp;contact=id). */
    public Long getConfirming() {
        String asked = request.getParameter("contact");
        return "delete".equals(request.getParameter("ask")) && asked != null && asked.matches("[0-9]{1,18}") ? Long.valueOf(asked) : null;
    }

    public String getOffice() {
        return office;
    }

    public List<Office> getOffices() {
        return offices.all();
    }

    public List<Contact> getContacts() {
        return office == null ? List.of() : contacts.ofOffice(office);
    }

    public List<Contact> getDeleted() {
        return office == null ? List.of() : contacts.deletedOf(office);
    }
}
