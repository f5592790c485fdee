package org.countryofficeportal.audit;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.countryofficeportal.platform.StaffMessages;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/** The audit log for administrators, filtered by who, what, which item and when, all in the address. */
@Named("auditLog")
@RequestScoped
public class AuditView {

    @EJB
    private AuditLog log;

    @Inject
    private StaffMessages messages;

    private String actor;
    private String action;
    private String subject;
    private String from;
    private String to;
    private List<AuditEntry> entries;

    /** Runs the search before the page renders, so that a message about a filter shows above the entries. */
    public void load() {
        entries = log.search(text(actor), text(action), text(subject), day(from, "from"), day(to, "to"));
    }

    public List<AuditEntry> getEntries() {
        return entries;
    }

    public int getLimit() {
        return AuditLog.PAGE_SIZE;
    }

    private static Optional<String> text(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }

    private Optional<LocalDate> day(String value, String which) {
        try {
            return text(value).map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            messages.error(null, "The '" + which + "' date is not a date like 2026-11-23: it is ignored.");
            return Optional.empty();
        }
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
