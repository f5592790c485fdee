package org.countryofficeportal.platform;

import org.countryofficeportal.BackOffice;
import org.countryofficeportal.StaffClient;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Staff members creating drafts through the back office as fast as it answers, each on their own session, and
 * what became of every draft they sent: acknowledged (the portal answered that it was created), refused at the
 * door (no connection, or 503 "try again" from a portal that is stopping), or failed (anything else: a dropped
 * connection, an error page).
 */
final class DraftWriters implements AutoCloseable {

    private final ExecutorService threads;
    private final List<Future<?>> running = new ArrayList<>();
    private final AtomicBoolean stopping = new AtomicBoolean();
    final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    /** A permit per draft acknowledged, for a test to wait on. */
    private final Semaphore acknowledgments = new Semaphore(0);
    /** Drafts whose request failed other than by a refused connection, with what happened to it. */
    final Map<String, String> failed = new ConcurrentHashMap<>();
    final Set<String> refused = ConcurrentHashMap.newKeySet();

    private DraftWriters(int count) {
        threads = Executors.newFixedThreadPool(count);
    }

    /** {@code count} staff members signed in on the portal at {@code base}, each writing drafts named {@code prefix-n-i}. */
    static DraftWriters start(String base, int count, String prefix) throws IOException, InterruptedException {
        DraftWriters writers = new DraftWriters(count);
        for (int n = 0; n < count; n++) {
            StaffClient staff = new StaffClient(base).logIn(BackOffice.ADMIN, BackOffice.ADMIN_PASSWORD);
            String names = prefix + "-" + n + "-";
            writers.running.add(writers.threads.submit(() -> writers.writeUntilStopped(staff, names)));
        }
        return writers;
    }

    private void writeUntilStopped(StaffClient staff, String names) {
        for (int i = 0; !stopping.get(); i++) {
            String slug = names + i;
            try {
                HttpResponse<String> response = staff.submit("/admin/release.xhtml", "release", Map.of(
                        "release:slug", slug, "release:office", "pakistan", "release:language", "en",
                        "release:title", "Durability " + slug, "release:summary", "A draft saved at full speed.",
                        "release:body", "<p>Saved, then the process may die.</p>", "release:save", "Create draft"));
                if (response.statusCode() == 302 && response.headers().firstValue("Location").orElse("").contains("slug=" + slug)) {
                    acknowledged.add(slug);
                    acknowledgments.release();
                } else if (response.statusCode() == 503) {
                    refused.add(slug);
                    pause();
                } else {
                    failed.put(slug, "HTTP " + response.statusCode());
                }
            } catch (ConnectException refusedAtTheDoor) {
                refused.add(slug);
                pause();
            } catch (IllegalStateException noForm) {
                // The form page came with a status instead of the form: nothing was posted.
                if (noForm.getMessage().endsWith(": 503")) {
                    refused.add(slug);
                } else {
                    failed.put(slug, noForm.getMessage());
                }
                pause();
            } catch (IOException e) {
                failed.put(slug, e.toString());
                pause();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Waits until the writers have had {@code more} drafts acknowledged beyond those they have now. */
    void awaitMoreAcknowledged(int more, Duration within) throws InterruptedException {
        acknowledgments.drainPermits();
        if (!acknowledgments.tryAcquire(more, within.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("fewer than " + more + " more drafts acknowledged in " + within + " (" + acknowledged.size()
                    + " in all); failed: " + failed);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the writers once each has finished the draft it is sending. */
    @Override
    public void close() throws InterruptedException {
        stopping.set(true);
        threads.shutdown();
        if (!threads.awaitTermination(2, TimeUnit.MINUTES)) {
            threads.shutdownNow();
        }
    }
}
