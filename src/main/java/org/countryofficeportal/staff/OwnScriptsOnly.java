package org.countryofficeportal.staff;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;

import java.util.List;

/**
 * Back-office pages load the portal's own script (the rich-text editor) and no other: OmniFaces' form declares its
 * library's script (for Ajax partial submits, which no page makes), and it is taken off the page before it is
 * rendered. Registered in faces-config.xml for the event that comes once a page's view is built.
 */
public class OwnScriptsOnly extends BeforeEachPageIsShown {

    private static final String LIBRARY = "omnifaces";

    @Override
    void beforeShowing(FacesContext faces) {
        UIViewRoot view = faces.getViewRoot();
        for (String target : List.of("head", "body")) {
            for (UIComponent resource : List.copyOf(view.getComponentResources(faces, target))) {
                if (LIBRARY.equals(resource.getAttributes().get("library"))) {
                    view.removeComponentResource(faces, resource, target);
                }
            }
        }
    }
}
