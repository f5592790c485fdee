package org.countryofficeportal.office;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.countryofficeportal.platform.StaffMessages;

import java.util.List;

/** Administrators keep the countries and their member-state facts (ILO member since, conventions ratified). */
@Named("countries")
@RequestScoped
public class CountriesView {

    @EJB
    private OfficeService offices;

    @Inject
    private StaffMessages messages;

    private String id;
    private Long version;
    private String name;
    private String memberSince;
    private String conventions;
    private String fundamentalConventions;

    public List<Country> getAll() {
        return offices.countries();
    }

    /** Fills the form with the country named in the address, if any. */
    public void load() {
        if (id == null) {
            return;
        }
        offices.countries().stream().filter(country -> country.id().equals(id)).findFirst().ifPresent(country -> {
            version = country.version();
            name = country.name();
            country.memberStateFacts().ifPresent(facts -> {
                memberSince = String.valueOf(facts.memberSince());
                conventions = String.valueOf(facts.conventionsRatified());
                fundamentalConventions = String.valueOf(facts.fundamentalConventionsRatified());
            });
        });
    }

    public void save() {
        messages.attempt(() -> {
            Country saved = offices.saveCountry(id, version, name, memberSince, conventions, fundamentalConventions);
            version = saved.version();
            return "Country '" + saved.name() + "' saved.";
        });
    }

    public void delete() {
        if (version == null) {
            messages.error(null, "Choose the country to delete in the list first.");
            return;
        }
        messages.attempt(() -> {
            offices.deleteCountry(id, version);
            String deleted = name;
            id = null;
            version = null;
            name = null;
            return "Country '" + deleted + "' deleted.";
        });
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

    public String getMemberSince() {
        return memberSince;
    }

    public void setMemberSince(String memberSince) {
        this.memberSince = memberSince;
    }

    public String getConventions() {
        return conventions;
    }

    public void setConventions(String conventions) {
        this.conventions = conventions;
    }

    public String getFundamentalConventions() {
        return fundamentalConventions;
    }

    public void setFundamentalConventions(String fundamentalConventions) {
        this.fundamentalConventions = fundamentalConventions;
    }
}
