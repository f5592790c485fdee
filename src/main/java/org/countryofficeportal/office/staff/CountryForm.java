package org.countryofficeportal.office.staff;

import org.countryofficeportal.office.Country;
import org.countryofficeportal.office.OfficeCommands;

import java.util.UUID;

/** A country's form: its id, name and member-state facts, and the version it was opened at (none for a new one). */
public class CountryForm {

    private String id;
    private Long version;
    private String name;
    private Integer memberSince;
    private Integer conventions;
    private Integer fundamentalConventions;

    void show(Country country) {
        id = country.id();
        version = country.version();
        name = country.name();
        country.memberStateFacts().ifPresent(facts -> {
            memberSince = facts.memberSince();
            conventions = facts.conventionsRatified();
            fundamentalConventions = facts.fundamentalConventionsRatified();
        });
    }

    OfficeCommands.SaveCountry command(UUID submission) {
        return new OfficeCommands.SaveCountry(id == null ? null : id.strip(), version, name == null ? null : name.strip(),
                memberSince, conventions, fundamentalConventions, submission);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getMemberSince() {
        return memberSince;
    }

    public void setMemberSince(Integer memberSince) {
        this.memberSince = memberSince;
    }

    public Integer getConventions() {
        return conventions;
    }

    public void setConventions(Integer conventions) {
        this.conventions = conventions;
    }

    public Integer getFundamentalConventions() {
        return fundamentalConventions;
    }

    public void setFundamentalConventions(Integer fundamentalConventions) {
        this.fundamentalConventions = fundamentalConventions;
    }
}
