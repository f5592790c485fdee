package org.countryofficeportal.contact;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.countryofficeportal.office.Office;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A person to contact at an office, in the order the office lists them. */
@Entity
@Table(name = "contact")
public class Contact {

    public static final int HONORIFIC_LENGTH = 20;
    public static final int NAME_LENGTH = 200;
    public static final int ROLE_LENGTH = 300;
    public static final int EMAIL_LENGTH = 254;
    public static final int WEBSITE_LENGTH = 300;
    public static final String EMAIL_PATTERN = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";
    /** As printed ("www.ilo.org") or in full ("https://www.ilo.org/islamabad"): no other scheme, no markup. */
    public static final String WEBSITE_PATTERN = "(https?://)?[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+(/[^\\s<>\"]*)?";

    @Id
    @SequenceGenerator(name = "contact_seq", sequenceName = "contact_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contact_seq")
    @Column(name = "id")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "office_id", nullable = false)
    private Office office;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "honorific", length = HONORIFIC_LENGTH)
    private String honorific;

    @Column(name = "name", nullable = false, length = NAME_LENGTH)
    private String name;

    @Column(name = "role", nullable = false, length = ROLE_LENGTH)
    private String role;

    @Column(name = "email", length = EMAIL_LENGTH)
    private String email;

    @ElementCollection
    @CollectionTable(name = "contact_phone", joinColumns = @JoinColumn(name = "contact_id"))
    @OrderColumn(name = "position")
    private List<Phone> phones = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "contact_website", joinColumns = @JoinColumn(name = "contact_id"))
    @OrderColumn(name = "position")
    @Column(name = "website", nullable = false, length = WEBSITE_LENGTH)
    private List<String> websites = new ArrayList<>();

    /** When it was deleted: a deleted contact is off the site and the API, and can be restored. */
    @Column(name = "deleted_at")
    private OffsetDateTime deletedAt;

    @Version
    @Column(name = "version")
    private long version;

    protected Contact() {
    }

    public Contact(Office office, int position, String honorific, String name, String role) {
        this.office = Objects.requireNonNull(office, "office");
        this.position = position;
        this.honorific = honorific;
        this.name = Objects.requireNonNull(name, "name");
        this.role = Objects.requireNonNull(role, "role");
    }

    /** A new name, honorific or role for the same person's entry. */
    public void describe(String newHonorific, String newName, String newRole) {
        this.honorific = newHonorific;
        this.name = Objects.requireNonNull(newName, "name");
        this.role = Objects.requireNonNull(newRole, "role");
    }

    void moveTo(int newPosition) {
        this.position = newPosition;
    }

    public long version() {
        return version;
    }

    public void reachAt(String email, List<Phone> phoneNumbers, List<String> sites) {
        if (email != null && !email.matches(EMAIL_PATTERN)) {
            throw new IllegalArgumentException("'" + email + "' is not an e-mail address");
        }
        sites.stream().filter(site -> !site.matches(WEBSITE_PATTERN)).findFirst().ifPresent(site -> {
            throw new IllegalArgumentException("'" + site + "' is not a web address such as www.ilo.org or https://www.ilo.org/");
        });
        this.email = email;
        this.phones = new ArrayList<>(phoneNumbers);
        this.websites = new ArrayList<>(sites);
    }

    public void delete(Instant at) {
        deletedAt = at.atOffset(ZoneOffset.UTC);
    }

    public void restore() {
        deletedAt = null;
    }

    public Optional<Instant> deletedAt() {
        return Optional.ofNullable(deletedAt).map(OffsetDateTime::toInstant);
    }

    public Long id() {
        return id;
    }

    public Office office() {
        return office;
    }

    public int position() {
        return position;
    }

    public Optional<String> honorific() {
        return Optional.ofNullable(honorific);
    }

    public String name() {
        return name;
    }

    public String role() {
        return role;
    }

    public Optional<String> email() {
        return Optional.ofNullable(email);
    }

    public List<Phone> phones() {
        return List.copyOf(phones);
    }

    public List<String> websites() {
        return List.copyOf(websites);
    }
}
