package org.countryofficeportal.site;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/** Turns a view bean's {@link PageNotFound} into the friendly 404 page, with status 404. */
public class NotFoundHandler extends ExceptionHandlerWrapper {

    public NotFoundHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            if (isNotFound(events.next().getContext().getException())) {
                events.remove();
                FacesContext faces = FacesContext.getCurrentInstance();
                try {
                    faces.getExternalContext().responseSendError(404, null);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                faces.responseComplete();
            }
        }
        getWrapped().handle();
    }

    private static boolean isNotFound(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof PageNotFound) {
                return true;
            }
        }
        return false;
    }

    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new NotFoundHandler(getWrapped().getExceptionHandler());
        }
    }
}
