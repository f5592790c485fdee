package org.countryofficeportal;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.parallel.ResourceLock;

import java.util.Arrays;
import java.util.Comparator;

/**
 * How the integration test classes share a run (the pom sets this orderer and JUnit's parallel execution), in two
 * lines side by side, each on a database of its own ({@link TestDatabase}).
 * <p>
 * The classes that share one portal ({@link SharedPortal}) run one after another. The classes that run portal
 * processes of their own ({@link #PORTAL_PROCESSES}) run beside them from the start ({@code @Execution(CONCURRENT)}),
 * one after the other, as the lock makes them: {@code ClusterIT} and {@code EmbeddedStoreIT}, which start, stop and
 * kill them, then Arquillian's classes, the shortest, so that whichever line is free first at the end takes them. The
 * minutes of the second line are mostly portals starting, when the browser tests leave a core idle as they wait for
 * pages.
 */
public final class IntegrationRun implements ClassOrderer {

    /** The lock ({@link ResourceLock}) of the classes that run portal processes of their own. */
    public static final String PORTAL_PROCESSES = "portal processes of a test class's own";

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator.comparingInt(IntegrationRun::turn)
                .thenComparing(descriptor -> descriptor.getTestClass().getName()));
    }

    private static int turn(ClassDescriptor descriptor) {
        if (!startsPortalProcesses(descriptor)) {
            return 2;
        }
        return extendedWith(descriptor, ArquillianExtension.class) ? 1 : 0;
    }

    private static boolean startsPortalProcesses(ClassDescriptor descriptor) {
        return descriptor.findRepeatableAnnotations(ResourceLock.class).stream()
                .anyMatch(lock -> lock.value().equals(PORTAL_PROCESSES));
    }

    private static boolean extendedWith(ClassDescriptor descriptor, Class<? extends Extension> extension) {
        return descriptor.findRepeatableAnnotations(ExtendWith.class).stream()
                .anyMatch(extendWith -> Arrays.asList(extendWith.value()).contains(extension));
    }
}
