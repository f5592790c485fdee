package org.countryofficeportal.contact.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.countryofficeportal.api.Representations;
import org.countryofficeportal.contact.ContactService;
import org.countryofficeportal.office.OfficeService;
import org.countryofficeportal.office.api.OfficeResource;

/** An office's contacts in the API v1 (META-INF/openapi.yaml describes them). */
@Path("offices/{office}/contacts")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class ContactResource {

    @EJB
    private OfficeService officeService;

    @EJB
    private ContactService contactService;

    @Inject
    private Representations representations;

    @GET
    public Response listOfficeContacts(@PathParam("office") String officeId) {
        return representations.json(OfficeResource.OFFICES, () -> {
            officeService.find(officeId).orElseThrow(() -> new NotFoundException("no office '" + officeId + "'"));
            return new ContactJson.Items(contactService.ofOffice(officeId).stream().map(ContactJson::of).toList());
        });
    }
}
