package org.countryofficeportal.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A new random token in every back-office form each time it is shown, known to the staff member's session only.
 * A post must bring one this session was given ({@link StaffForms}): a forged post from another site cannot
 * (the pages keep no server-side view state that would otherwise stand in for it). The token is also the form's
 * identity: the same form sent twice (a double click, a reload) is one change ({@code platform.CommandHandling}).
 * <p>
 * Kept as a plain session attribute, set again at each change, so that a cluster's data grid copies it.
 */
@Named
@ApplicationScoped
public class FormTokens {

    /** The request parameter every back-office form sends its token in. */
    public static final String PARAMETER = "form-token";

    /** Forms shown and not yet sent, per session: more than a staff member keeps open in tabs. */
    private static final int KEPT = 300;
    private static final String ATTRIBUTE = FormTokens.class.getName();

    @Inject
    private HttpServletRequest request;

    /** A new token for a form about to be shown. */
    public String issue() {
        HttpSession session = request.getSession();
        synchronized (FormTokens.class) {
            List<String> issued = new ArrayList<>(issuedIn(session));
            String token = UUID.randomUUID().toString();
            issued.add(token);
            if (issued.size() > KEPT) {
                issued.subList(0, issued.size() - KEPT).clear();
            }
            session.setAttribute(ATTRIBUTE, issued);
            return token;
        }
    }

    /** Whether this session was given the token (the request's session, if it has one). */
    static boolean wasIssued(HttpServletRequest request, String token) {
        HttpSession session = request.getSession(false);
        return token != null && session != null && issuedIn(session).contains(token);
    }

    /** The form the current request was sent from, if it brought a token this session was given. */
    public UUID submission() {
        String token = request.getParameter(PARAMETER);
        return wasIssued(request, token) ? UUID.fromString(token) : null;
    }

    @SuppressWarnings("unchecked")
    private static List<String> issuedIn(HttpSession session) {
        Object issued = session.getAttribute(ATTRIBUTE);
        return issued == null ? List.of() : (List<String>) issued;
    }
}
