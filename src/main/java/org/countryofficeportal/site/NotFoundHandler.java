package org.countryofficeportal.site;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Optional;

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
                    Optional<String> moved = movedTo(faces);
                    if (moved.isPresent()) {
                        HttpServletResponse response = (HttpServletResponse) faces.getExternalContext().getResponse();
                        response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
                        response.setHeader("Location", moved.get());
                    } else {
                        faces.getExternalContext().responseSendError(404, null);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                faces.responseComplete();
            }
        }
        getWrapped().handle();
    }

    /** The new address of the page asked for, in its language, if a feature says it moved. */
    private static Optional<String> movedTo(FacesContext faces) {
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        Object path = request.getAttribute(PublicRoutes.PATH);
        Object language = request.getAttribute(PublicRoutes.LANGUAGE);
        if (path == null || !(language instanceof Language pageLanguage)) {
            return Optional.empty();
        }
        return CDI.current().select(MovedPages.class).stream()
                .map(pages -> pages.movedTo(path.toString())).flatMap(Optional::stream).findFirst()
                .map(moved -> request.getContextPath() + pageLanguage.prefix() + moved);
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
