package org.countryofficeportal.platform;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RenderingsTest {

    private static final String KEY = "localhost:8080/api/v1/releases|en|*/*";
    private static final Duration HALF_A_SECOND = Duration.ofMillis(500);
    private static final long MEGABYTE = 1024 * 1024;

    private final AtomicInteger renderings = new AtomicInteger();
    private final AtomicLong nanos = new AtomicLong();
    private final Instant start = Instant.parse("2026-12-01T10:00:00.400Z");

    private Renderings renderings(Duration keepFor, long maxBytes) {
        // The cache's upkeep runs in the calling thread: what is evicted is known when a call returns.
        return new Renderings(keepFor, maxBytes, nanos::get, Clock.fixed(start, ZoneOffset.UTC), Runnable::run);
    }

    private void wait(Duration duration) {
        nanos.addAndGet(duration.toNanos());
    }

    @Test
    void aRenderingIsServedAgainUntilItIsDue() {
        Renderings kept = renderings(HALF_A_SECOND, MEGABYTE);
        Representation first = kept.of(KEY, counted("one"));
        wait(Duration.ofMillis(499));
        Representation second = kept.of(KEY, counted("two"));
        assertEquals("one", text(second));
        assertEquals(first.digest(), second.digest());
        assertEquals(1, renderings.get());
        wait(Duration.ofMillis(1));
        assertEquals("three", text(kept.of(KEY, counted("three"))), "due after half a second");
    }

    @Test
    void whileOneRequestRendersADueResponseAgainTheOthersAreServedThePreviousOne() throws Exception {
        Renderings kept = renderings(HALF_A_SECOND, MEGABYTE);
        kept.of(KEY, counted("previous"));
        wait(Duration.ofSeconds(1));

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
        assertEquals("next", text(kept.of(KEY, counted("rendered again too soon"))));
        assertEquals(2, renderings.get(), "the first rendering and its one renewal");
    }

    @Test
    void aRenewalThatIsNotToBeKeptDropsWhatWasKept() {
        Renderings kept = renderings(HALF_A_SECOND, MEGABYTE);
        kept.of(KEY, counted("a release"));
        wait(Duration.ofSeconds(1));
        assertThrows(IllegalStateException.class, () -> kept.of(KEY, () -> {
            throw new IllegalStateException("taken down: sent as it was, not kept");
        }));
        assertEquals("after", text(kept.of(KEY, counted("after"))), "nothing stale is served after it");
    }

    @Test
    void withATimeOfZeroEveryRequestIsRendered() {
        Renderings kept = renderings(Duration.ZERO, MEGABYTE);
        kept.of(KEY, counted("one"));
        assertEquals("two", text(kept.of(KEY, counted("two"))));
        assertEquals(0, kept.keptBytes(), "nothing is kept that would never be served");
    }

    @Test
    void aBodyKeepsTheLastModifiedOfItsFirstRenderingToTheSecond() {
        Renderings kept = renderings(Duration.ZERO, MEGABYTE);
        Instant first = kept.of(KEY, counted("same")).lastModified();
        assertEquals(Instant.parse("2026-12-01T10:00:00Z"), first);
        assertEquals(first, kept.of("another address", counted("same")).lastModified());
    }

    @Test
    void aFloodOfAddressesReadOnceCostsAtMostTheBoundAndLeavesThePagesReadMost() {
        long bound = 256 * 1024;
        Renderings kept = renderings(Duration.ofHours(1), bound);
        String page = "x".repeat(2_000);
        for (int address = 0; address < 5_000; address++) {
            // Readers keep reading the popular pages while a crawler asks for addresses nobody asks for twice.
            if (address % 10 == 0) {
                kept.of("/releases", counted(page));
                kept.of("/about", counted(page + "about"));
            }
            kept.of("/releases?q=" + address, counted(page + address));
            assertTrue(kept.keptBytes() <= bound, "kept " + kept.keptBytes() + " bytes, more than " + bound);
        }
        assertTrue(kept.keptBytes() > bound / 2, "the bound is used, not cleared whole");
        assertEquals(5_002, renderings.get(), "the popular pages were rendered once each, the flood once per address");
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
