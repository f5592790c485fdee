package org.countryofficeportal.staff;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

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
        change(request.getSession(), waiting -> waiting.computeIfAbsent(address, page -> new ArrayList<>()).addAll(messages));
    }

    /** Keeps the messages for the page at {@code address} unless others wait for it already. */
    static void keepUnlessOthersWait(HttpServletRequest request, String address, List<FacesMessage> messages) {
        change(request.getSession(), waiting -> waiting.putIfAbsent(address, new ArrayList<>(messages)));
    }

    @Override
    void beforeShowing(FacesContext faces) {
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        HttpSession session = request.getSession(false);
        String page = PendingForms.pageOf(request);
        // Most pages have nothing waiting: the session (replicated in a cluster) is written only when one has.
        if (faces.isPostback() || session == null
                || !(session.getAttribute(ATTRIBUTE) instanceof Map<?, ?> kept && kept.containsKey(page))) {
            return;
        }
        List<FacesMessage> shown = new ArrayList<>();
        change(session, waiting -> Optional.ofNullable(waiting.remove(page)).ifPresent(shown::addAll));
        shown.forEach(message -> faces.addMessage(null, message));
    }

    /**
     * Changes a copy of the waiting messages and sets it in the session: requests of one session run at once (a
     * double click), and a replicated session sends what is set, not what is changed in place.
     */
    @SuppressWarnings("unchecked")
    private static void change(HttpSession session, Consumer<LinkedHashMap<String, ArrayList<FacesMessage>>> change) {
        synchronized (MessagesAfterRedirect.class) {
            Object kept = session.getAttribute(ATTRIBUTE);
            LinkedHashMap<String, ArrayList<FacesMessage>> waiting = kept instanceof LinkedHashMap<?, ?> map
                    ? new LinkedHashMap<>((LinkedHashMap<String, ArrayList<FacesMessage>>) map) : new LinkedHashMap<>();
            change.accept(waiting);
            while (waiting.size() > PAGES_WAITING) {
                waiting.remove(waiting.keySet().iterator().next());
            }
            if (waiting.isEmpty()) {
                session.removeAttribute(ATTRIBUTE);
            } else {
                session.setAttribute(ATTRIBUTE, waiting);
            }
        }
    }
}
