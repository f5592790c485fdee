package org.countryofficeportal.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Observes;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.countryofficeportal.platform.AlreadySubmittedException;
import org.countryofficeportal.platform.ChangeRefusedException;
import org.countryofficeportal.platform.ConfirmationNeededException;
import org.countryofficeportal.platform.EditConflictException;
import org.countryofficeportal.platform.InvalidCommandException;
import org.countryofficeportal.platform.RemovedFromRichText;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Tells a staff member on a back-office page what their last action did, or why it was refused: at the field it
 * concerns where there is one (a form's fields are named after the properties of the command it sends, so that a
 * refusal of property {@code text.title} shows at field {@code title}), else above the form. A change that was made
 * is told together with what the sanitiser removed from the rich text it saved.
 */
@RequestScoped
public class StaffMessages {

    private static final String SENT_BEFORE = "This was done already: the form had been sent before.";

    @Inject
    private FacesContext faces;

    /** What the sanitiser removed from rich text during this request's change. */
    private final List<RemovedFromRichText> removed = new ArrayList<>();

    void sanitised(@Observes RemovedFromRichText removal) {
        removed.add(removal);
    }

    public void info(String text) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    public void error(String text) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    /** An error at a field of the form, or above the form when the page has no such field or does not show it. */
    public void errorAt(String form, String property, String text) {
        String field = form + ":" + fieldOf(property);
        UIComponent input = faces.getViewRoot().findComponent(":" + field);
        faces.addMessage(isShown(input) ? field : null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    private static boolean isShown(UIComponent component) {
        for (UIComponent shown = component; shown != null; shown = shown.getParent()) {
            if (!shown.isRendered()) {
                return false;
            }
        }
        return component != null;
    }

    /**
     * Sends a form's command, then tells how it went (see {@link Sending}): every button of every back-office form
     * ends in one of the same four ways.
     */
    public <R> Sending<R> send(String form, Supplier<R> command) {
        return new Sending<>(form, command);
    }

    /**
     * A command on its way: done, it shows its message on the page it leads to; sent before, it says so; over
     * someone else's save, it lets the page show theirs beside the staff member's own; refused, it shows why at the
     * field concerned, on the same page with everything typed kept.
     */
    public final class Sending<R> {
        private final String form;
        private final Supplier<R> command;
        private Runnable ifConflict;
        private Consumer<ConfirmationNeededException> ifAsked;

        private Sending(String form, Supplier<R> command) {
            this.form = form;
            this.command = command;
        }

        /** What to show when someone else saved first; without it, the conflict is said above the form. */
        public Sending<R> ifConflict(Runnable show) {
            this.ifConflict = show;
            return this;
        }

        /** What to do when the command asks a question first (a date far from today): the page asks it. */
        public Sending<R> ifAsked(Consumer<ConfirmationNeededException> ask) {
            this.ifAsked = ask;
            return this;
        }

        public void thenShow(Function<R, String> message, String page) {
            thenShow(message, done -> page, page);
        }

        public void thenShow(Function<R, String> message, Function<R, String> page, String pageIfSentBefore) {
            try {
                R result = command.get();
                doneThenShow(message.apply(result), page.apply(result));
            } catch (ConfirmationNeededException question) {
                if (ifAsked == null) {
                    throw question;
                }
                ifAsked.accept(question);
            } catch (EditConflictException conflict) {
                if (ifConflict == null) {
                    error("Someone else changed this meanwhile: nothing of yours was saved. Look at it again first.");
                } else {
                    ifConflict.run();
                }
            } catch (AlreadySubmittedException sentTwice) {
                sentBeforeThenShow(pageIfSentBefore);
            } catch (RuntimeException refusal) {
                refused(form, refusal);
            }
        }
    }

    /**
     * Shows why a change from {@code form} was not made. A form sent twice is not an error: the change was made
     * the first time, and the page is shown as it is now.
     */
    public void refused(String form, RuntimeException refusal) {
        if (refusal instanceof InvalidCommandException invalid) {
            for (Map.Entry<String, String> problem : invalid.problems().entrySet()) {
                errorAt(form, problem.getKey(), problem.getValue());
            }
            faces.validationFailed();
        } else if (refusal instanceof ChangeRefusedException refused) {
            refused.property().ifPresentOrElse(property -> errorAt(form, property, refused.getMessage()),
                    () -> error(refused.getMessage()));
        } else if (refusal instanceof AlreadySubmittedException) {
            info(SENT_BEFORE);
        } else {
            throw refusal;
        }
    }

    /**
     * After a change was made: shows the message on the page at {@code address}, reached by a redirect, so that
     * reloading it asks for the page again rather than making the change twice.
     */
    public void doneThenShow(String message, String address) {
        List<FacesMessage> messages = new ArrayList<>();
        messages.add(new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
        removed.forEach(removal -> messages.add(
                new FacesMessage(FacesMessage.SEVERITY_WARN, RemovalsInWords.of(removal), null)));
        redirect(address, page -> MessagesAfterRedirect.keep(request(), page, messages));
    }

    /**
     * After a form was sent again with what it had sent (a double click, a reload): shows the page at
     * {@code address}, saying so unless the first send's own message waits for it there, which says what was done.
     */
    public void sentBeforeThenShow(String address) {
        redirect(address, page -> MessagesAfterRedirect.keepUnlessOthersWait(request(), page,
                List.of(new FacesMessage(FacesMessage.SEVERITY_INFO, SENT_BEFORE, null))));
    }

    private HttpServletRequest request() {
        return (HttpServletRequest) faces.getExternalContext().getRequest();
    }

    private void redirect(String address, Consumer<String> beforeLeaving) {
        ExternalContext external = faces.getExternalContext();
        String page = external.getRequestContextPath() + address;
        // Messages wait for the page as its request names it: a browser keeps the fragment (#compare) to itself.
        beforeLeaving.accept(page.replaceFirst("#.*", ""));
        try {
            external.redirect(page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The field of a property: the last name of its path ({@code page.text.title} is field {@code title}), and for
     * an item of a list, the list's ({@code phones[2].number} is field {@code phones}).
     */
    static String fieldOf(String property) {
        int index = property.indexOf('[');
        String path = index < 0 ? property : property.substring(0, index);
        return path.substring(path.lastIndexOf('.') + 1);
    }
}
