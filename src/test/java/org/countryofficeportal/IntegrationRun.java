package org.countryofficeportal;

import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;

import java.util.Arrays;
import java.util.Comparator;

/**
 * How the integration test classes share a run (the pom sets this orderer and JUnit's parallel execution). They run
 * one after another, in this order: those that empty the test database and deploy into a portal of their own
 * (Arquillian's) first, then those that share one portal ({@link SharedPortal}), which keeps the database from then
 * on, then the classes that start several portal processes themselves ({@link #PORTAL_PROCESSES}).
 * <p>
 * One class runs beside the others from the start instead ({@code @Execution(CONCURRENT)}): {@code EmbeddedStoreIT},
 * whose portal keeps a database of its own under its own data directory. Its minutes are mostly portals starting,
 * stopping and being killed, when the browser tests leave a core idle as they wait for pages. It holds
 * {@link #PORTAL_PROCESSES} too, so that {@code ClusterIT}, which measures how soon two instances agree, never runs
 * beside it: placed last, it finds it long finished.
 */
public final class IntegrationRun implements ClassOrderer {

    /** The lock ({@link ResourceLock}) of the classes that start several portal processes of their own. */
    public static final String PORTAL_PROCESSES = "portal processes of a test class's own";

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator.comparingInt(IntegrationRun::turn)
                .thenComparing(descriptor -> descriptor.getTestClass().getName()));
    }

    private static int turn(ClassDescriptor descriptor) {
        if (startsPortalProcesses(descriptor)) {
            return 2;
        }
        return sharesThePortal(descriptor) ? 1 : 0;
    }

    private static boolean sharesThePortal(ClassDescriptor descriptor) {
        return descriptor.findRepeatableAnnotations(ExtendWith.class).stream()
                .anyMatch(extension -> Arrays.asList(extension.value()).contains(SharedPortal.class));
    }

    private static boolean startsPortalProcesses(ClassDescriptor descriptor) {
        return descriptor.findRepeatableAnnotations(ResourceLock.class).stream()
                .anyMatch(lock -> lock.value().equals(PORTAL_PROCESSES));
    }
}
