package org.countryofficeportal.contact.staff;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.countryofficeportal.contact.Contact;
import org.countryofficeportal.contact.ContactCommands;
import org.countryofficeportal.contact.ContactCommands.ContactText;
import org.countryofficeportal.contact.ContactService;
import org.countryofficeportal.office.Office;
import org.countryofficeportal.office.OfficeService;
import org.countryofficeportal.staff.ConflictField;
import org.countryofficeportal.staff.FormTokens;
import org.countryofficeportal.staff.StaffMessages;

import java.util.List;
import java.util.Optional;

/** Staff edit one contact ({@code ?id=}), or write a new one for an office ({@code ?office=}). */
@Named
@RequestScoped
public class ContactEditor {

    private static final String FORM = "contact";

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

    private final ContactForm form = new ContactForm();
    private Contact contact;
    private List<ConflictField> theirs = List.of();

    @PostConstruct
    void open() {
        contact = Optional.ofNullable(request.getParameter("id")).filter(id -> id.matches("[0-9]{1,18}"))
                .map(Long::valueOf).flatMap(contacts::find).filter(found -> found.deletedAt().isEmpty()).orElse(null);
    }

    public void load() {
        if (contact != null) {
            form.show(contact);
        } else if (request.getParameter("id") != null) {
            messages.error("There is no such contact: it may have been deleted. The office's list shows those there are.");
        } else {
            form.setOffice(request.getParameter("office"));
        }
    }

    public void save() {
        messages.send(FORM, () -> contact == null
                        ? contacts.create(new ContactCommands.Create(form.getOffice(), form.text(), tokens.submission()))
                        : contacts.update(new ContactCommands.Update(contact.id(), form.getVersion(), form.text(), tokens.submission())))
                .ifConflict(() -> contacts.find(contact.id()).ifPresent(this::showTheirs))
                .thenShow(saved -> "Contact “" + saved.name() + "” saved.",
                        saved -> StaffContactsView.PAGE + "?office=" + saved.office().id(),
                        StaffContactsView.PAGE + "?office=" + Optional.ofNullable(form.getOffice()).orElse(""));
    }

    private void showTheirs(Contact stored) {
        ContactText saved = ContactText.of(stored);
        ContactText mine = form.text();
        theirs = List.of(ConflictField.of("Honorific", saved.honorific(), mine.honorific()),
                ConflictField.of("Name", saved.name(), mine.name()),
                ConflictField.of("Role", saved.role(), mine.role()),
                ConflictField.of("E-mail", saved.email(), mine.email()),
                ConflictField.of("Phones", new PhoneLinesConverter().getAsString(null, null, saved.phones()),
                        new PhoneLinesConverter().getAsString(null, null, mine.phones())),
                ConflictField.of("Web sites", String.join("\n", saved.websites()), String.join("\n", mine.websites())));
        form.setVersion(stored.version());
        messages.error("This contact was saved elsewhere, by a colleague or by you in another tab, while you were editing it. Nothing of yours was saved. What was saved"
                + " is shown beside your form: keep what you want, then save again.");
    }

    public ContactForm getForm() {
        return form;
    }

    public boolean isExisting() {
        return contact != null;
    }

    public List<ConflictField> getTheirs() {
        return theirs;
    }

    public String getOfficeName() {
        return Optional.ofNullable(form.getOffice()).flatMap(offices::find).map(Office::name).orElse("");
    }

    public List<Office> getOffices() {
        return offices.all();
    }
}
