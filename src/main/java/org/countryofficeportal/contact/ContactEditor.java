package org.countryofficeportal.contact;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.NotBlank;
import org.countryofficeportal.platform.StaffMessages;

import java.io.IOException;
import java.io.Serializable;

/** Staff edit one contact, or write a new one for an office. */
@Named("contactEditor")
@ViewScoped
public class ContactEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ContactService contacts;

    @Inject
    private StaffMessages messages;

    private Long id;
    private String office;
    private long version;
    private String honorific;
    @NotBlank(message = "Give the person's name.")
    @Size(max = 200, message = "A name has at most 200 characters.")
    private String name;
    @NotBlank(message = "Give the person's role.")
    @Size(max = 300, message = "A role has at most 300 characters.")
    private String role;
    @Size(max = 254, message = "An e-mail address has at most 254 characters.")
    private String email;
    private String phones;
    private String websites;
    private ContactDetails theirs;

    public void load() {
        if (id == null) {
            return;
        }
        contacts.find(id).ifPresentOrElse(this::show, () -> {
            messages.error(null, "There is no contact " + id + ".");
            id = null;
        });
    }

    private void show(Contact contact) {
        id = contact.id();
        office = contact.office().id();
        version = contact.version();
        ContactDetails details = ContactDetails.of(contact);
        honorific = details.honorific();
        name = details.name();
        role = details.role();
        email = details.email();
        phones = details.phones();
        websites = details.websites();
        theirs = null;
    }

    public void save() throws IOException {
        ContactDetails details = new ContactDetails(honorific, name, role, email, phones, websites);
        boolean saved = messages.attempt(() -> {
            show(id == null ? contacts.create(office, details) : contacts.update(id, version, details));
            return "Contact saved.";
        });
        if (saved) {
            messages.redirectTo("/admin/contacts.xhtml?office=" + office);
        } else if (id != null) {
            // Saved meanwhile by someone else: their version beside the editor's, and the next save goes over it knowingly.
            contacts.find(id).filter(stored -> stored.version() != version).ifPresent(stored -> {
                theirs = ContactDetails.of(stored);
                version = stored.version();
            });
        }
    }

    public ContactDetails getTheirs() {
        return theirs;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getOffice() {
        return office;
    }

    public void setOffice(String office) {
        this.office = office;
    }

    public String getHonorific() {
        return honorific;
    }

    public void setHonorific(String honorific) {
        this.honorific = honorific;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhones() {
        return phones;
    }

    public void setPhones(String phones) {
        this.phones = phones;
    }

    public String getWebsites() {
        return websites;
    }

    public void setWebsites(String websites) {
        this.websites = websites;
    }
}
