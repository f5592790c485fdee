package org.countryofficeportal.platform;

import jakarta.annotation.Priority;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How every {@link Command} is executed, around the one service method that does it and inside its transaction:
 * its constraints are checked (a refusal names each property and why); a form already sent is refused; the change
 * is written out at once, so that an edit over someone else's concurrent one fails here, as an
 * {@link EditConflictException}; and the change is announced ({@link CommandExecuted}) for what follows it.
 */
@ExecutesCommands
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class CommandHandling {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Validator validator;

    @Inject
    private Event<CommandExecuted> executed;

    @Inject
    private Clock clock;

    @AroundInvoke
    public Object execute(InvocationContext call) throws Exception {
        Object[] parameters = call.getParameters();
        Optional<Command<?>> command = parameters == null ? Optional.empty() : Arrays.stream(parameters)
                .filter(Command.class::isInstance).<Command<?>>map(parameter -> (Command<?>) parameter).findFirst();
        if (command.isEmpty()) {
            return call.proceed();
        }
        check(command.get());
        if (command.get().submission() != null) {
            once(command.get());
        }
        Object result;
        try {
            result = call.proceed();
            em.flush();
        } catch (OptimisticLockException concurrentSave) {
            throw new EditConflictException(-1);
        }
        executed.fire(new CommandExecuted(audited(command.get(), result)));
        return result;
    }

    private void check(Command<?> command) {
        Map<String, String> problems = new LinkedHashMap<>();
        for (ConstraintViolation<?> violation : validator.validate(command)) {
            problems.putIfAbsent(violation.getPropertyPath().toString(), violation.getMessage());
        }
        if (!problems.isEmpty()) {
            throw new InvalidCommandException(problems);
        }
    }

    private void once(Command<?> command) {
        String digest = CommandDigest.of(command);
        Submission earlier = em.find(Submission.class, command.submission());
        if (earlier != null && earlier.sent(digest)) {
            throw new AlreadySubmittedException();
        }
        try {
            if (earlier == null) {
                em.persist(new Submission(command.submission(), digest, clock.instant()));
            } else {
                // Shown again by the back button after its own change, and written on: a change of its own, which
                // the version it was made from lets through or shows as a conflict, the text kept.
                earlier.sentAgain(digest, clock.instant());
            }
            em.flush();
        } catch (PersistenceException sentTwiceAtOnce) {
            // The same form sent twice at the same moment: the unique id (or, sent again, the version) stops the second.
            throw new AlreadySubmittedException();
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Command.Audited audited(Command command, Object result) {
        return command.audited(result);
    }
}
