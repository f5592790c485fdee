package org.countryofficeportal.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.List;

/**
 * Ties a field of the back office's tags to what is said about it, for those who hear the page rather than see it:
 * its hint ({@code <id>-hint}) and, once refused, its error ({@code <client id>-error}, the field's
 * {@code h:message}), which also marks it invalid. A refusal of the command counts as much as a failed conversion.
 */
@Named
@ApplicationScoped
public class StaffFields {

    /** The ids that describe the field, or none (no attribute). */
    public String describedBy(UIComponent field, boolean hinted) {
        List<String> ids = new ArrayList<>(2);
        if (hinted) {
            ids.add(field.getId() + "-hint");
        }
        if (isRefused(field)) {
            ids.add(field.getClientId() + "-error");
        }
        return ids.isEmpty() ? null : String.join(" ", ids);
    }

    /** {@code true} for a field with an error, or none (no attribute). */
    public String invalid(UIComponent field) {
        return isRefused(field) ? "true" : null;
    }

    private static boolean isRefused(UIComponent field) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return !faces.getMessageList(field.getClientId(faces)).isEmpty();
    }
}
