package org.countryofficeportal.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;

import java.io.IOException;
import java.util.function.Supplier;

/** Tells a staff member on a back-office page what their last action did, or why it was refused. */
@RequestScoped
public class StaffMessages {

    @Inject
    private FacesContext faces;

    /** Runs a change and reports what it returns, or the reason it was refused; reports whether it was made. */
    public boolean attempt(Supplier<String> change) {
        try {
            info(change.get());
            return true;
        } catch (ChangeRefusedException e) {
            error(null, e.getMessage());
            return false;
        }
    }

    public void info(String text) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    /** An error about one field (its client id), or about the whole form when {@code field} is null. */
    public void error(String field, String text) {
        faces.addMessage(field, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    /** Goes on to another back-office page after a successful post, with the messages shown there. */
    public void redirectTo(String path) throws IOException {
        ExternalContext external = faces.getExternalContext();
        external.getFlash().setKeepMessages(true);
        external.redirect(external.getRequestContextPath() + path);
    }
}
