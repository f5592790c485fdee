package org.countryofficeportal.staff;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * The messages of a change, carried over the redirect that follows it to the page it leads to (Post/Redirect/Get).
 * They wait in the session, which the instances of a cluster share, under that page's address: Faces' own flash
 * would carry them in a cookie that each instance encrypts with a key of its own, so that a page shown by the
 * other instance would lose them (and fail on the cookie).
 */
public class MessagesAfterRedirect extends BeforeEachPageIsShown {

    private static final String ATTRIBUTE = MessagesAfterRedirect.class.getName();
    /** Pages whose messages wait at once: more than a staff member has tabs; a redirect never followed is dropped. */
    private static final int PAGES_WAITING = 10;

    /** Keeps the messages for the next time the page at {@code address} (context path included) is shown. */
    static void keep(HttpServletRequest request, String address, List<FacesMessage> messages) {
        HttpSession session = request.getSession();
        LinkedHashMap<String, ArrayList<FacesMessage>> waiting = waiting(session);
        waiting.computeIfAbsent(address, page -> new ArrayList<>()).addAll(messages);
        while (waiting.size() > PAGES_WAITING) {
            waiting.remove(waiting.keySet().iterator().next());
        }
        // Set again, not only changed: a replicated session sends what is set.
        session.setAttribute(ATTRIBUTE, waiting);
    }

    /** Whether messages wait for the page at {@code address}. */
    static boolean waitFor(HttpServletRequest request, String address) {
        HttpSession session = request.getSession(false);
        return session != null && waiting(session).containsKey(address);
    }

    @Override
    void beforeShowing(FacesContext faces) {
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        HttpSession session = request.getSession(false);
        if (faces.isPostback() || session == null || session.getAttribute(ATTRIBUTE) == null) {
            return;
        }
        LinkedHashMap<String, ArrayList<FacesMessage>> waiting = waiting(session);
        List<FacesMessage> messages = waiting.remove(PendingForms.pageOf(request));
        if (messages != null) {
            messages.forEach(message -> faces.addMessage(null, message));
            session.setAttribute(ATTRIBUTE, waiting);
        }
    }

    @SuppressWarnings("unchecked")
    private static LinkedHashMap<String, ArrayList<FacesMessage>> waiting(HttpSession session) {
        Object kept = session.getAttribute(ATTRIBUTE);
        return kept instanceof LinkedHashMap<?, ?> map
                ? (LinkedHashMap<String, ArrayList<FacesMessage>>) map : new LinkedHashMap<>();
    }
}
