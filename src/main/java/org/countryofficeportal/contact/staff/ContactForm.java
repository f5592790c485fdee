package org.countryofficeportal.contact.staff;

import org.countryofficeportal.contact.Contact;
import org.countryofficeportal.contact.ContactCommands.ContactText;
import org.countryofficeportal.contact.ContactCommands.PhoneText;

import java.util.ArrayList;
import java.util.List;

/** A contact's form: the office and version it belongs to, and what staff write of the person. */
public class ContactForm {

    private Long id;
    private long version;
    private String office;
    private String honorific;
    private String name;
    private String role;
    private String email;
    private List<PhoneText> phones = new ArrayList<>();
    private List<String> websites = new ArrayList<>();

    void show(Contact contact) {
        id = contact.id();
        version = contact.version();
        office = contact.office().id();
        ContactText text = ContactText.of(contact);
        honorific = text.honorific();
        name = text.name();
        role = text.role();
        email = text.email();
        phones = text.phones();
        websites = text.websites();
    }

    ContactText text() {
        return new ContactText(honorific, name, role, email, List.copyOf(phones), List.copyOf(websites));
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
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

    public List<PhoneText> getPhones() {
        return phones;
    }

    public void setPhones(List<PhoneText> phones) {
        this.phones = phones;
    }

    public List<String> getWebsites() {
        return websites;
    }

    public void setWebsites(List<String> websites) {
        this.websites = websites;
    }
}
