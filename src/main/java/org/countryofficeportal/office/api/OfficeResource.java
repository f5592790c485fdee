package org.countryofficeportal.office.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.countryofficeportal.api.Representations;
import org.countryofficeportal.office.OfficeService;

import java.time.Duration;

/** The list of offices in the API v1 (META-INF/openapi.yaml describes it; each method is named after its operationId). */
@Path("offices")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class OfficeResource {

    /** Offices change seldom: clients keep the list five minutes, a shared cache its second. */
    public static final Representations.Policy OFFICES = Representations.Policy.publicFor(Duration.ofMinutes(5), Duration.ofHours(1), false);

    @EJB
    private OfficeService officeService;

    @Inject
    private Representations representations;

    @GET
    public Response listOffices() {
        return representations.json(OFFICES,
                () -> new OfficeJson.Items(officeService.all().stream().map(OfficeJson::summary).toList()));
    }
}
