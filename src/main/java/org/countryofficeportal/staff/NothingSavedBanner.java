package org.countryofficeportal.staff;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/**
 * A form sent with something to correct says so above it, as well as at each field, whoever found the mistake:
 * Faces' converters and validators before any change is tried, or the command's own checks ({@link StaffMessages}).
 */
public class NothingSavedBanner extends BeforeEachPageIsShown {

    private static final String TEXT = "Nothing was saved: correct what is marked, then try again.";

    @Override
    void beforeShowing(FacesContext faces) {
        if (faces.isPostback() && faces.isValidationFailed()) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, TEXT, null));
        }
    }
}
