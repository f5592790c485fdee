package org.countryofficeportal.staff;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;

/**
 * What is done to every back-office page once its view is built, before it is rendered: the listeners registered
 * in faces-config.xml for {@code PreRenderViewEvent} extend it.
 */
abstract class BeforeEachPageIsShown implements SystemEventListener {

    @Override
    public final boolean isListenerForSource(Object source) {
        return source instanceof UIViewRoot;
    }

    @Override
    public final void processEvent(SystemEvent event) {
        beforeShowing(FacesContext.getCurrentInstance());
    }

    abstract void beforeShowing(FacesContext faces);
}
