package org.countryofficeportal.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.countryofficeportal.platform.Command;
import org.countryofficeportal.platform.ItemKind;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/** One write in the back office: who did what to which item, and when. Never changed once written. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    @Column(name = "id")
    private Long id;

    @Column(name = "happened_at", nullable = false)
    private OffsetDateTime happenedAt;

    @Column(name = "actor", nullable = false, length = 64)
    private String actor;

    @Column(name = "action", nullable = false, length = 60)
    private String action;

    @Column(name = "subject_type", nullable = false, length = 40)
    private String subjectType;

    @Column(name = "subject_id", nullable = false, length = 200)
    private String subjectId;

    @Column(name = "detail", length = 2000)
    private String detail;

    /** What was done, in words ("published the press release"); entries from before words were kept have none. */
    @Column(name = "action_words", length = 200)
    private String actionWords;

    /** The item as people call it (a title, a name) when the change was made. */
    @Column(name = "subject_label", length = 300)
    private String subjectLabel;

    protected AuditEntry() {
    }

    AuditEntry(Instant at, String actor, Command.Audited change) {
        this.happenedAt = at.atOffset(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        this.actor = Objects.requireNonNull(actor, "actor");
        this.action = change.action().name();
        this.actionWords = change.action().words();
        this.subjectType = change.action().kind().name();
        this.subjectId = Objects.requireNonNull(change.itemKey(), "item key");
        this.subjectLabel = shortened(change.itemLabel(), 300);
        this.detail = shortened(change.details(), 2000);
    }

    private static String shortened(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }

    public OffsetDateTime happenedAt() {
        return happenedAt;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String subjectType() {
        return subjectType;
    }

    public String subjectId() {
        return subjectId;
    }

    public Optional<String> detail() {
        return Optional.ofNullable(detail);
    }

    /** What was done in words; for entries older than words, the action's code read as words. */
    public String actionWords() {
        return actionWords != null ? actionWords : action.replace('.', ' ').replace('-', ' ');
    }

    public Optional<String> subjectLabel() {
        return Optional.ofNullable(subjectLabel);
    }

    /** The kind of item, when the entry names one the portal knows (older entries used other names). */
    public Optional<ItemKind> kind() {
        return Arrays.stream(ItemKind.values()).filter(kind -> kind.name().equals(subjectType)).findFirst();
    }
}
