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

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A person to contact at an office, in the order the office lists them. */
@Entity
@Table(name = "contact")
public class Contact {

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

    @Column(name = "honorific", length = 20)
    private String honorific;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "role", nullable = false, length = 300)
    private String role;

    @Column(name = "email", length = 254)
    private String email;

    @ElementCollection
    @CollectionTable(name = "contact_phone", joinColumns = @JoinColumn(name = "contact_id"))
    @OrderColumn(name = "position")
    private List<Phone> phones = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "contact_website", joinColumns = @JoinColumn(name = "contact_id"))
    @OrderColumn(name = "position")
    @Column(name = "website", nullable = false, length = 300)
    private List<String> websites = new ArrayList<>();

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
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new IllegalArgumentException("'" + email + "' is not an e-mail address");
        }
        this.email = email;
        this.phones = new ArrayList<>(phoneNumbers);
        this.websites = new ArrayList<>(sites);
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
