package org.countryofficeportal.platform;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RenderingsTest {

    private static final String KEY = "localhost:8080/api/v1/releases|en|*/*";

    private final AtomicInteger renderings = new AtomicInteger();

    @Test
    void aRenderingIsServedAgainUntilItIsDue() {
        Renderings kept = new Renderings(Duration.ofHours(1));
        Representation first = kept.of(KEY, counted("one"));
        Representation second = kept.of(KEY, counted("two"));
        assertEquals("one", text(second));
        assertEquals(first.digest(), second.digest());
        assertEquals(1, renderings.get());
    }

    @Test
    void whileOneRequestRendersADueResponseAgainTheOthersAreServedThePreviousOne() throws Exception {
        Renderings kept = new Renderings(Duration.ofMillis(1));
        kept.of(KEY, counted("previous"));
        Thread.sleep(5);

        CountDownLatch renewing = new CountDownLatch(1);
        CountDownLatch mayFinish = new CountDownLatch(1);
        CompletableFuture<Representation> renewal = CompletableFuture.supplyAsync(() -> kept.of(KEY, () -> {
            renewing.countDown();
            await(mayFinish);
            return counted("next").get();
        }));
        assertTrue(renewing.await(5, TimeUnit.SECONDS));
        for (int reader = 0; reader < 10; reader++) {
            assertEquals("previous", text(kept.of(KEY, counted("rendered twice at once"))));
        }
        mayFinish.countDown();
        assertEquals("next", text(renewal.get(5, TimeUnit.SECONDS)));
        assertEquals(2, renderings.get(), "the first rendering and its one renewal");
    }

    @Test
    void aRenewalThatIsNotToBeKeptDropsWhatWasKept() throws Exception {
        Renderings kept = new Renderings(Duration.ofMillis(1));
        kept.of(KEY, counted("a release"));
        Thread.sleep(5);
        assertThrows(IllegalStateException.class, () -> kept.of(KEY, () -> {
            throw new IllegalStateException("taken down: sent as it was, not kept");
        }));
        assertEquals("after", text(kept.of(KEY, counted("after"))), "nothing stale is served after it");
    }

    @Test
    void withATimeOfZeroEveryRequestIsRendered() {
        Renderings kept = new Renderings(Duration.ZERO);
        kept.of(KEY, counted("one"));
        assertEquals("two", text(kept.of(KEY, counted("two"))));
    }

    private Supplier<Representation.Rendered> counted(String body) {
        return () -> {
            renderings.incrementAndGet();
            return new Representation.Rendered(body.getBytes(StandardCharsets.UTF_8), Map.of("Content-Type", "text/plain"));
        };
    }

    private static String text(Representation representation) {
        return new String(representation.identity(), StandardCharsets.UTF_8);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
