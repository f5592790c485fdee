package org.countryofficeportal.office.staff;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.countryofficeportal.office.Office;
import org.countryofficeportal.office.OfficeService;

import java.util.List;

/** The administrators' list of offices. */
@Named
@RequestScoped
public class OfficesView {

    static final String PAGE = "/admin/offices.xhtml";

    @EJB
    private OfficeService offices;

    public List<Office> getOffices() {
        return offices.all();
    }
}
