package org.countryofficeportal.platform;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import sun.misc.Signal;
import sun.misc.SignalHandler;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * A stop asked for with SIGTERM (an operator, a supervisor, config/portal.sh) first drains the portal
 * ({@link GracefulStop}), then closes the HTTP listener, then goes on as the JVM would have: Payara stops, and
 * config/portal.sh stops the database after it. The portal takes the signal first because Payara's own shutdown
 * cuts off requests still running, and the JVM runs its shutdown hooks all at once, none waiting for another.
 */
@WebListener
public class TerminationSignal implements ServletContextListener {

    private static final Signal TERM = new Signal("TERM");
    /** Payara Micro's HTTP listener. */
    private static final String HTTP_LISTENER = "http-listener";
    private static final Logger LOG = Logger.getLogger(TerminationSignal.class.getName());
    /** The status of a process ended by SIGTERM: 128 + its number. */
    private static final int TERMINATED = 143;

    private final GracefulStop stop = GracefulStop.ofThisProcess();

    private SignalHandler previous;

    /** A supervisor may signal every process of the portal, and config/portal.sh signals Java too: one stop. */
    private final AtomicBoolean signalled = new AtomicBoolean();

    @Override
    public void contextInitialized(ServletContextEvent event) {
        previous = Signal.handle(TERM, signal -> {
            if (signalled.compareAndSet(false, true)) {
                new Thread(() -> {
                    try {
                        stop.drain();
                        closeTheListener();
                    } finally {
                        stopAsTheJvmWould(signal);
                    }
                }, "graceful-stop").start();
            }
        });
    }

    /**
     * Payara's shutdown takes the application apart before it closes its listener, and answers what comes
     * meanwhile with an empty 500. Closed first, the listener refuses new connections instead (a balancer then
     * tries another instance). No public API of Payara does it: this goes through its kernel, and a runtime where
     * that fails stops as before, with that window.
     */
    private static void closeTheListener() {
        try {
            ClassLoader runtime = TerminationSignal.class.getClassLoader();
            Object services = Class.forName("org.glassfish.internal.api.Globals", true, runtime)
                    .getMethod("getDefaultHabitat").invoke(null);
            Method service = services.getClass().getMethod("getService", Class.class, String.class, Annotation[].class);
            Class<?> listenerType = Class.forName("org.glassfish.grizzly.config.dom.NetworkListener", true, runtime);
            Object listener = service.invoke(services, listenerType, HTTP_LISTENER, new Annotation[0]);
            Class<?> grizzly = Class.forName("com.sun.enterprise.v3.services.impl.GrizzlyService", true, runtime);
            Object network = services.getClass().getMethod("getService", Class.class, Annotation[].class)
                    .invoke(services, grizzly, new Annotation[0]);
            Object proxy = grizzly.getMethod("lookupNetworkProxy", listenerType).invoke(network, listener);
            Class<?> proxyType = Class.forName("com.sun.enterprise.v3.services.impl.NetworkProxy", true, runtime);
            boolean closed = (Boolean) grizzly.getMethod("closeNetworkProxy", proxyType).invoke(network, proxy);
            LOG.info(() -> closed ? "stopping: the HTTP listener is closed" : "stopping: no HTTP listener to close");
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            LOG.warning(() -> "stopping: the HTTP listener could not be closed before the application (" + e + ")");
        }
    }

    /** The JVM's own handler runs the shutdown hooks and exits; a native one cannot be called from Java. */
    private void stopAsTheJvmWould(Signal signal) {
        try {
            previous.handle(signal);
        } catch (UnsupportedOperationException nativeHandler) {
            Runtime.getRuntime().exit(TERMINATED);
        }
    }

    /** An application undeployed without a stop (a redeployment) gives the signal back. */
    @Override
    public void contextDestroyed(ServletContextEvent event) {
        if (previous != null && !stop.isStopping()) {
            Signal.handle(TERM, previous);
        }
    }
}
