package org.countryofficeportal.staff;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.EditableValueHolder;
import jakarta.faces.component.UISelectMany;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Puts what a staff member typed back into the form of the page it came from ({@link PendingForms}), as if they
 * had just sent it with a mistake in it: every field shows their text, nothing is saved, and a message says why.
 */
public class RestoredForm extends BeforeEachPageIsShown {

    @Override
    void beforeShowing(FacesContext faces) {
        if (faces.isPostback()) {
            return;
        }
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        PendingForms.take(request).ifPresent(pending -> {
            faces.getViewRoot().visitTree(VisitContext.createVisitContext(faces), (context, component) -> {
                String[] typed = pending.fields().get(component.getClientId(faces));
                if (typed != null && component instanceof EditableValueHolder input) {
                    input.setSubmittedValue(component instanceof UISelectMany ? typed : typed[0]);
                }
                return VisitResult.ACCEPT;
            });
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, pending.reason().message(), null));
        });
    }
}
