package org.countryofficeportal.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.countryofficeportal.platform.Role;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.regex.Pattern;

/** A staff member's login: a name, a hashed password (never the password) and a role. */
@Entity
@Table(name = "account")
public class Account {

    public static final String USERNAME_PATTERN = "[a-z][a-z0-9._-]{1,63}";
    private static final Pattern USERNAME = Pattern.compile(USERNAME_PATTERN);

    @Id
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    @Column(name = "id")
    private Long id;

    @Column(name = "username", nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 400)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Role role;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Version
    @Column(name = "version")
    private long version;

    protected Account() {
    }

    /** A new enabled account; a password someone else chose must be changed at its first login. */
    public Account(String username, Role role, String passwordHash, boolean mustChangePassword) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException("a username is 2 to 64 lower-case letters, digits, '.', '_' or '-', starting with a letter");
        }
        this.username = username;
        this.role = Objects.requireNonNull(role, "role");
        this.passwordHash = Objects.requireNonNull(passwordHash, "password hash");
        this.enabled = true;
        this.mustChangePassword = mustChangePassword;
    }

    /** A password someone else chose (an administrator's reset): its owner must replace it. */
    public void resetPassword(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash, "password hash");
        this.mustChangePassword = true;
    }

    /** A password its owner chose. */
    public void changePassword(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash, "password hash");
        this.mustChangePassword = false;
    }

    public void assign(Role newRole) {
        this.role = Objects.requireNonNull(newRole, "role");
    }

    public void disable() {
        this.enabled = false;
    }

    public void enable() {
        this.enabled = true;
    }

    @PrePersist
    void stampCreation() {
        createdAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    String passwordHash() {
        return passwordHash;
    }

    public Role role() {
        return role;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }
}
