package org.countryofficeportal;

import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The HTTP sessions open in a test deployment, so that {@link PortalReset} can end them: a new installation has no
 * one signed in and no form pending.
 */
@WebListener
public class OpenSessions implements HttpSessionListener {

    private static final Set<HttpSession> OPEN = ConcurrentHashMap.newKeySet();

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        OPEN.add(event.getSession());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        OPEN.remove(event.getSession());
    }

    static void invalidateAll() {
        for (HttpSession session : List.copyOf(OPEN)) {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyInvalidated) {
                OPEN.remove(session);
            }
        }
    }
}
