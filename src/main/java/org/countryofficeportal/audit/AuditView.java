package org.countryofficeportal.audit;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.countryofficeportal.platform.DatesInWords;
import org.countryofficeportal.platform.ItemKind;
import org.countryofficeportal.staff.StaffMessages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The audit log for administrators, in words: who did what to which item (linked to its page), and when; filtered by
 * who, the kind of item, the item and the days, all in the address, a page at a time.
 */
@Named("auditLog")
@RequestScoped
public class AuditView {

    private static final String PAGE = "/admin/audit.xhtml";

    @EJB
    private AuditLog log;

    @Inject
    private StaffMessages messages;

    @Inject
    private HttpServletRequest request;

    private AuditLog.Page page;

    public void search() {
        Optional<String> kind = parameter("kind").filter(asked -> Arrays.stream(ItemKind.values()).anyMatch(k -> k.name().equals(asked)));
        page = log.search(new AuditLog.Filter(parameter("actor"), kind, parameter("item"), day("from"), day("to")),
                parameter("page").filter(value -> value.matches("[1-9][0-9]{0,5}")).map(Integer::parseInt).orElse(1));
    }

    private Optional<String> parameter(String name) {
        return Optional.ofNullable(request.getParameter(name)).map(String::strip).filter(value -> !value.isEmpty());
    }

    private Optional<LocalDate> day(String name) {
        try {
            return parameter(name).map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            messages.error("“" + request.getParameter(name) + "” in " + (name.equals("from") ? "From" : "To")
                    + " is not a date: it is ignored.");
            return Optional.empty();
        }
    }

    public AuditLog.Page getPage() {
        return page;
    }

    public List<String> getActors() {
        return log.actors();
    }

    public ItemKind[] getKinds() {
        return ItemKind.values();
    }

    /** When, in words, in UTC (the log spans every office), e.g. "7 March 2024, 05:00 UTC". */
    public String when(AuditEntry entry) {
        return DatesInWords.at(entry.happenedAt().toInstant(), ZoneOffset.UTC, "UTC").replace(" UTC time", " UTC");
    }

    /** The page of the item the entry is about, if it has one. */
    public String link(AuditEntry entry) {
        return entry.kind().flatMap(kind -> kind.editorOf(entry.subjectId())).orElse(null);
    }

    public String selected(String name, String value) {
        return parameter(name).filter(value::equals).isPresent() ? "selected" : null;
    }

    public String value(String name) {
        return parameter(name).orElse("");
    }

    public String pageAddress(int number) {
        Map<String, String> query = new LinkedHashMap<>();
        for (String name : List.of("actor", "kind", "item", "from", "to")) {
            parameter(name).ifPresent(value -> query.put(name, value));
        }
        query.put("page", String.valueOf(number));
        return PAGE + "?" + query.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
