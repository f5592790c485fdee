package org.countryofficeportal.staff;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a staff member typed into a form that could not be taken as it came: their session had ended (they sign in
 * again first), or the form came without a token this session gave (a form older than the session). Its fields
 * are kept in the session, the staff member is sent back to the page, and the page shows them again in the form,
 * not saved, with a word on what happened ({@link RestoredForm}). A file chosen for upload cannot be kept.
 */
public final class PendingForms {

    /** Why a form came back unsaved: what the page tells the staff member. */
    public enum Reason {
        SESSION_ENDED("Your session had ended before this was saved. What you typed is back in the form, not saved"
                + " yet: check it and save again."),
        STALE_FORM("This form was older than your session, so nothing was done with it. What you typed is back in"
                + " the form, not saved yet: check it and save again.");

        private final String message;

        Reason(String message) {
            this.message = message;
        }

        public String message() {
            return message;
        }
    }

    /** A form's fields as sent, the page it was on, and why it was not taken. */
    record Pending(String page, Map<String, String[]> fields, Reason reason) implements Serializable {
    }

    /** Parameters that are the form's machinery, not what was typed. */
    private static final Set<String> NOT_TYPED = Set.of(FormTokens.PARAMETER, "jakarta.faces.ViewState",
            "jakarta.faces.ClientWindow", "jakarta.faces.RenderKitId");
    private static final String ATTRIBUTE = PendingForms.class.getName();

    private PendingForms() {
    }

    /** Keeps the fields of the posted form (the one last sent, per session) and gives the page to go back to. */
    public static String keep(HttpServletRequest request, Reason reason) {
        String page = pageOf(request);
        Map<String, String[]> fields = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            // A password is never kept: it is typed again.
            if (!NOT_TYPED.contains(name) && !name.toLowerCase(Locale.ROOT).contains("password")) {
                fields.put(name, values.clone());
            }
        });
        request.getSession().setAttribute(ATTRIBUTE, new Pending(page, fields, reason));
        return page;
    }

    /** Whether the session keeps a form, to go back into its page once the staff member is signed in again. */
    public static boolean isKept(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(ATTRIBUTE) instanceof Pending;
    }

    /** The fields kept for this page, once. */
    static Optional<Pending> take(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof Pending pending)
                || !pending.page().equals(pageOf(request))) {
            return Optional.empty();
        }
        session.removeAttribute(ATTRIBUTE);
        return Optional.of(pending);
    }

    /** The address of the page a form is on: back-office forms post to their page's own address, query included. */
    static String pageOf(HttpServletRequest request) {
        String query = request.getQueryString();
        return request.getRequestURI() + (query == null ? "" : "?" + query);
    }
}
