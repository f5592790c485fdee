package org.countryofficeportal.platform;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Rendered responses (API representations, feeds, public pages), kept for {@code api.render.ttl} (half a second by
 * default) per request identity: a burst of readers costs two renderings a second, and an edit shows within the
 * second on every instance of a cluster (the shared caches learn of it through the data grid in milliseconds).
 * Each body also gets the time this instance first rendered it, its Last-Modified. With a time of zero, every
 * request is rendered.
 * <p>
 * What is kept is bounded by its bytes ({@code render.cache.mb}), in a Caffeine cache whose eviction weighs how
 * often each address is read: a flood of addresses read once (a crawler, made-up query strings) costs memory up to
 * the bound and leaves the pages read most where they are.
 */
@ApplicationScoped
public class Renderings {

    /** How many bodies' first rendering times are remembered: a few hundred kilobytes. */
    private static final int FIRST_RENDERINGS_REMEMBERED = 10_000;
    /** What keeping an entry costs beside its bytes: the key's characters are counted apart. */
    private static final int ENTRY_OVERHEAD_BYTES = 400;

    private final Cache<String, Kept> kept;
    private final Cache<String, Instant> firstRendered;
    private final Duration keepFor;
    private final Ticker ticker;
    private final Clock clock;

    @Inject
    Renderings(@ConfigProperty(name = "api.render.ttl", defaultValue = "PT0.5S") Duration keepFor,
               @ConfigProperty(name = "render.cache.mb", defaultValue = "16") int megabytes) {
        this(keepFor, megabytes * 1024L * 1024L, Ticker.systemTicker(), Clock.systemUTC(), ForkJoinPool.commonPool());
    }

    /** For the container's client proxy only. */
    protected Renderings() {
        this(Duration.ZERO, 0, Ticker.systemTicker(), Clock.systemUTC(), Runnable::run);
    }

    /**
     * @param ticker     when renderings were made and are due, in nanoseconds
     * @param clock      the Last-Modified of a body first rendered now
     * @param evictions  where the cache does its upkeep
     */
    Renderings(Duration keepFor, long maxBytes, Ticker ticker, Clock clock, Executor evictions) {
        this.keepFor = keepFor;
        this.ticker = ticker;
        this.clock = clock;
        this.kept = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((String key, Kept value) -> weight(key, value.representation()))
                .executor(evictions)
                .build();
        this.firstRendered = Caffeine.newBuilder()
                .maximumSize(FIRST_RENDERINGS_REMEMBERED)
                .executor(evictions)
                .build();
    }

    /**
     * The rendering kept under {@code key}, or a new one from {@code render}, which may throw to keep nothing. Once
     * a rendering is due again, one request renders it while the others are served the previous one meanwhile:
     * a burst of readers never renders the same response twice at once. (The rendering cannot move to a thread of
     * its own: it is the request's own filter chain, through JAX-RS or Faces.)
     */
    public Representation of(String key, Supplier<Representation.Rendered> render) {
        long now = ticker.read();
        Kept current = keepFor.isZero() ? null : kept.getIfPresent(key);
        if (current == null) {
            return renderAndKeep(key, render, now);
        }
        if (now - current.renderedAt() < keepFor.toNanos() || !current.renewing().compareAndSet(false, true)) {
            return current.representation();
        }
        try {
            return renderAndKeep(key, render, now);
        } catch (RuntimeException notToBeKept) {
            // What was kept is no longer what this address gives (an error, a release taken down): drop it.
            kept.asMap().remove(key, current);
            throw notToBeKept;
        }
    }

    /**
     * Forgets every rendering and every first rendering time, as a new start would have none: for a test deployment
     * that returns to a new installation's state without a restart.
     */
    public void forgetAll() {
        kept.invalidateAll();
        firstRendered.invalidateAll();
    }

    /** The bytes the kept renderings are counted at now, never above the bound once the cache has done its upkeep. */
    long keptBytes() {
        kept.cleanUp();
        return kept.policy().eviction().orElseThrow().weightedSize().orElseThrow();
    }

    private Representation renderAndKeep(String key, Supplier<Representation.Rendered> render, long now) {
        Representation.Rendered rendered = render.get();
        String digest = Representation.digest(rendered.body());
        Instant lastModified = firstRendered.get(digest, d -> clock.instant().truncatedTo(ChronoUnit.SECONDS));
        Representation representation = Representation.of(rendered, digest, lastModified);
        if (!keepFor.isZero()) {
            kept.put(key, new Kept(representation, now, new AtomicBoolean()));
        }
        return representation;
    }

    private static int weight(String key, Representation representation) {
        long bytes = ENTRY_OVERHEAD_BYTES + 2L * key.length() + representation.identity().length
                + representation.gzip().map(gzip -> gzip.length).orElse(0);
        return (int) Math.min(Integer.MAX_VALUE, bytes);
    }

    /** Whether an Accept-Encoding header admits gzip: named or by {@code *}, with a quality above zero. */
    public static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : acceptEncoding.split(",")) {
            String[] parts = coding.split(";");
            String name = parts[0].trim().toLowerCase(Locale.ROOT);
            if ((name.equals("gzip") || name.equals("*")) && quality(parts) > 0) {
                return true;
            }
        }
        return false;
    }

    private static double quality(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].trim();
            if (parameter.startsWith("q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2));
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }

    /** A rendering, when it was made (by the ticker), and whether a request is making the next one. */
    private record Kept(Representation representation, long renderedAt, AtomicBoolean renewing) {
    }
}
