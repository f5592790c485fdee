package org.countryofficeportal.office.staff;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.countryofficeportal.office.Country;
import org.countryofficeportal.office.OfficeCommands;
import org.countryofficeportal.office.OfficeService;
import org.countryofficeportal.staff.FormTokens;
import org.countryofficeportal.staff.StaffMessages;

import java.util.List;
import java.util.Optional;

/** Administrators keep the countries and their member-state facts (ILO member since, conventions ratified). */
@Named("countries")
@RequestScoped
public class CountriesView {

    static final String PAGE = "/admin/countries.xhtml";
    private static final String FORM = "country";

    @EJB
    private OfficeService offices;

    @Inject
    private StaffMessages messages;

    @Inject
    private FormTokens tokens;

    @Inject
    private HttpServletRequest request;

    private final CountryForm form = new CountryForm();
    private Country country;

    @PostConstruct
    void open() {
        country = Optional.ofNullable(request.getParameter("id")).flatMap(offices::country).orElse(null);
        if (country != null) {
            form.setId(country.id());
        }
    }

    /** Fills the form with the country named in the address, if any. */
    public void load() {
        if (country != null) {
            form.show(country);
        }
    }

    public List<Country> getAll() {
        return offices.countries();
    }

    public void save() {
        messages.send(FORM, () -> offices.saveCountry(form.command(tokens.submission())))
                .ifConflict(() -> messages.error("Someone else changed this country meanwhile: nothing of yours was saved."
                        + " The list shows what is stored now; open the country again to correct it."))
                .thenShow(saved -> "Country “" + saved.name() + "” saved.", saved -> PAGE + "?id=" + saved.id(), PAGE);
    }

    public void delete() {
        if (country == null || form.getVersion() == null) {
            messages.error("Choose the country to delete in the list first.");
            return;
        }
        messages.send(FORM, () -> offices.deleteCountry(new OfficeCommands.DeleteCountry(form.getId(), form.getVersion(),
                        tokens.submission())))
                .thenShow(name -> "Country “" + name + "” deleted.", PAGE);
    }

    public boolean isExisting() {
        return country != null;
    }

    /** The country edited, as stored (what the form holds may be anything typed, or nothing). */
    public Country getCountry() {
        return country;
    }

    public boolean isConfirmingDelete() {
        return country != null && "delete".equals(request.getParameter("ask"));
    }

    public CountryForm getForm() {
        return form;
    }
}
