package org.countryofficeportal.platform;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

/**
 * The requests the portal is answering, and whether it is stopping. Once a stop is asked for, no new request is
 * taken in ({@link RequestsInFlight} refuses it: 503 with Retry-After, the connection closed; a balancer sends it
 * elsewhere) and the stop waits until every request already taken in is answered, so that none is cut off by the
 * runtime going down and nothing of it is lost.
 * <p>
 * A stop is the process's (a signal to it), and the runtime takes the application apart while it stops: this is
 * one plain object for the whole process, with no container in between that could be gone by the time a late
 * request asks whether it may come in.
 */
public final class GracefulStop {

    private static final GracefulStop OF_THIS_PROCESS = new GracefulStop();

    /** A request still running after this is cut off by the stop: the process must end at some point. */
    static final Duration LONGEST_WAIT = Duration.ofSeconds(30);
    /**
     * How long the last answers get to leave once the application has finished them: the container sends a redirect
     * or an error page only after the application's filters have returned, and the stop closes the connections right
     * after the drain (seen under load: a save kept, its answer cut off, its staff member told it failed).
     */
    static final Duration LAST_ANSWERS_LEAVE = Duration.ofMillis(500);
    /** How often the drain looks whether the requests in flight are answered. */
    private static final Duration CHECK_EVERY = Duration.ofMillis(10);

    private static final Logger LOG = Logger.getLogger(GracefulStop.class.getName());

    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile boolean stopping;

    private GracefulStop() {
    }

    public static GracefulStop ofThisProcess() {
        return OF_THIS_PROCESS;
    }

    /** Takes a request in, unless the portal is stopping; each request taken in must be {@link #answered}. */
    boolean admit() {
        if (stopping) {
            return false;
        }
        inFlight.incrementAndGet();
        // A stop that began meanwhile may have counted the requests already: this one steps back out.
        if (stopping) {
            answered();
            return false;
        }
        return true;
    }

    void answered() {
        inFlight.decrementAndGet();
    }

    public boolean isStopping() {
        return stopping;
    }

    /**
     * Takes no new request in, waits until those in flight are answered (at most {@link #LONGEST_WAIT}), then until
     * their answers have left ({@link #LAST_ANSWERS_LEAVE}).
     */
    void drain() {
        stopping = true;
        long deadline = System.nanoTime() + LONGEST_WAIT.toNanos();
        LOG.info(() -> "stopping: answering " + inFlight.get() + " requests in flight, taking no new one");
        while (inFlight.get() > 0 && System.nanoTime() < deadline) {
            if (!pause(CHECK_EVERY)) {
                return;
            }
        }
        LOG.info(() -> inFlight.get() == 0 ? "stopping: every request answered"
                : "stopping: " + inFlight.get() + " requests still running after " + LONGEST_WAIT + " are cut off");
        pause(LAST_ANSWERS_LEAVE);
    }

    /** Sleeps so long; false, the thread's interruption kept, when interrupted: the stop then goes on at once. */
    private static boolean pause(Duration duration) {
        try {
            TimeUnit.NANOSECONDS.sleep(duration.toNanos());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
