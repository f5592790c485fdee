package org.countryofficeportal.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Rendered responses (API representations, feeds, public pages), kept for {@code api.render.ttl} (half a second by
 * default) per request identity: a burst of readers costs two renderings a second, and an edit shows within the
 * second on every instance of a cluster (the shared caches learn of it through the data grid in milliseconds).
 * Each body also gets the time this instance first rendered it, its Last-Modified. With a time of zero, every
 * request is rendered.
 */
@ApplicationScoped
public class Renderings {

    private static final int MAX_KEPT = 10_000;

    private final Map<String, Kept> kept = new ConcurrentHashMap<>();
    private final Map<String, Instant> firstRendered = new ConcurrentHashMap<>();

    private final Duration keepFor;

    @Inject
    Renderings(@ConfigProperty(name = "api.render.ttl", defaultValue = "PT0.5S") Duration keepFor) {
        this.keepFor = keepFor;
    }

    /** For the container's client proxy only. */
    protected Renderings() {
        this(Duration.ZERO);
    }

    /**
     * The rendering kept under {@code key}, or a new one from {@code render}, which may throw to keep nothing. Once
     * a rendering is due again, one request renders it while the others are served the previous one meanwhile:
     * a burst of readers never renders the same response twice at once.
     */
    public Representation of(String key, Supplier<Representation.Rendered> render) {
        long now = System.nanoTime();
        Kept current = kept.get(key);
        if (current == null || keepFor.isZero()) {
            return renderAndKeep(key, render, now);
        }
        if (now - current.renderedAt() < keepFor.toNanos() || !current.renewing().compareAndSet(false, true)) {
            return current.representation();
        }
        try {
            return renderAndKeep(key, render, now);
        } catch (RuntimeException notToBeKept) {
            // What was kept is no longer what this address gives (an error, a release taken down): drop it.
            kept.remove(key, current);
            throw notToBeKept;
        }
    }

    private Representation renderAndKeep(String key, Supplier<Representation.Rendered> render, long now) {
        Representation.Rendered rendered = render.get();
        String digest = Representation.digest(rendered.body());
        if (firstRendered.size() > MAX_KEPT) {
            firstRendered.clear();
        }
        Instant lastModified = firstRendered.computeIfAbsent(digest, d -> Instant.now().truncatedTo(ChronoUnit.SECONDS));
        Representation representation = Representation.of(rendered, digest, lastModified);
        if (kept.size() > MAX_KEPT) {
            kept.clear();
        }
        kept.put(key, new Kept(representation, now, new AtomicBoolean()));
        return representation;
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

    /** A rendering, when it was made, and whether a request is making the next one. */
    private record Kept(Representation representation, long renderedAt, AtomicBoolean renewing) {
    }
}
