package org.countryofficeportal.office;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.countryofficeportal.platform.Slugs;

import java.util.Objects;
import java.util.Optional;

/** A country an office covers, with its ILO member-state facts where the content gives them. */
@Entity
@Table(name = "country")
public class Country {

    public static final int ID_LENGTH = 64;
    public static final int NAME_LENGTH = 200;
    /** More than the ILO has adopted (under 200): a larger count is a typing mistake. */
    public static final int MOST_CONVENTIONS = 250;

    @Id
    @Column(name = "id", length = ID_LENGTH)
    private String id;

    @Column(name = "name", nullable = false, length = NAME_LENGTH)
    private String name;

    @Column(name = "ilo_member_since")
    private Integer iloMemberSince;

    @Column(name = "conventions_ratified")
    private Integer conventionsRatified;

    @Column(name = "fundamental_conventions_ratified")
    private Integer fundamentalConventionsRatified;

    @Version
    @Column(name = "version")
    private long version;

    protected Country() {
    }

    public Country(String id, String name) {
        this.id = Slugs.require(id, "country id");
        this.name = Objects.requireNonNull(name, "name");
    }

    public void rename(String newName) {
        this.name = Objects.requireNonNull(newName, "name");
    }

    public void forgetMembership() {
        this.iloMemberSince = null;
        this.conventionsRatified = null;
        this.fundamentalConventionsRatified = null;
    }

    public long version() {
        return version;
    }

    /** Records the member-state facts; fundamental conventions are a subset of all ratified ones. */
    public void recordMembership(int memberSince, int conventionsRatified, int fundamentalConventionsRatified) {
        if (conventionsRatified < 0 || fundamentalConventionsRatified < 0
                || fundamentalConventionsRatified > conventionsRatified) {
            throw new IllegalArgumentException("fundamental conventions ratified (" + fundamentalConventionsRatified
                    + ") must be between 0 and all conventions ratified (" + conventionsRatified + ")");
        }
        this.iloMemberSince = memberSince;
        this.conventionsRatified = conventionsRatified;
        this.fundamentalConventionsRatified = fundamentalConventionsRatified;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Optional<MemberStateFacts> memberStateFacts() {
        if (iloMemberSince == null) {
            return Optional.empty();
        }
        return Optional.of(new MemberStateFacts(iloMemberSince, conventionsRatified, fundamentalConventionsRatified));
    }

    /** What the ILO records about a member State. */
    public record MemberStateFacts(int memberSince, int conventionsRatified, int fundamentalConventionsRatified) {
    }
}
