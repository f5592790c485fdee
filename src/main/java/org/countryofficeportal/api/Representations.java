package org.countryofficeportal.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Serves GET responses from briefly kept renderings: strong ETag and Last-Modified on every one, 304 on a
 * matching If-None-Match or If-Modified-Since, gzip when the client accepts it, Cache-Control and Vary as
 * the resource asks. A rendering is kept for {@code api.render.ttl} (1 s by default): a burst of readers
 * costs one query a second, and an edit shows within that second on every instance without any messaging.
 */
@ApplicationScoped
public class Representations {

    private static final int MAX_KEPT = 10_000;
    private static final Jsonb JSONB = JsonbBuilder.create();

    private final Map<String, Kept> kept = new ConcurrentHashMap<>();
    /** When this instance first rendered each body: the Last-Modified of every later rendering of the same bytes. */
    private final Map<String, Instant> firstRendered = new ConcurrentHashMap<>();

    @Inject
    @ConfigProperty(name = "api.render.ttl", defaultValue = "PT1S")
    private Duration keepFor;

    /** How a kind of resource may be cached, and whether it varies with the reader's language. */
    public record Policy(CacheControl cacheControl, boolean localised) {

        public static Policy publicFor(Duration maxAge, Duration staleWhileRevalidate, boolean localised) {
            CacheControl control = new CacheControl();
            control.setMaxAge((int) maxAge.toSeconds());
            control.setNoTransform(false);
            control.getCacheExtension().put("public", null);
            control.getCacheExtension().put("stale-while-revalidate", String.valueOf(staleWhileRevalidate.toSeconds()));
            return new Policy(control, localised);
        }
    }

    /** A JSON response of the record {@code render} makes, under {@code key} (the request's full identity). */
    public Response json(Request request, HttpHeaders headers, String key, Policy policy, Supplier<Object> render) {
        return respond(request, headers, key, policy, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"),
                () -> JSONB.toJson(render.get()).getBytes(StandardCharsets.UTF_8));
    }

    public Response respond(Request request, HttpHeaders headers, String key, Policy policy, MediaType type,
                            Supplier<byte[]> render) {
        Representation representation = rendering(key, render);
        boolean gzip = representation.gzip().isPresent() && acceptsGzip(headers.getHeaderString(HttpHeaders.ACCEPT_ENCODING));
        // A strong validator names one exact byte sequence: the compressed body gets a tag of its own.
        EntityTag tag = new EntityTag(representation.digest() + (gzip ? "-gz" : ""));
        Date lastModified = Date.from(representation.lastModified());

        Response.ResponseBuilder builder = Optional.ofNullable(request.evaluatePreconditions(lastModified, tag))
                .orElseGet(() -> Response.ok(gzip ? representation.gzip().orElseThrow() : representation.identity(), type)
                        .encoding(gzip ? "gzip" : null));
        return builder.tag(tag)
                .lastModified(lastModified)
                .cacheControl(policy.cacheControl())
                .header(HttpHeaders.VARY, policy.localised() ? "Accept-Encoding, Accept-Language" : "Accept-Encoding")
                .build();
    }

    private Representation rendering(String key, Supplier<byte[]> render) {
        long now = System.nanoTime();
        Kept current = kept.get(key);
        if (current != null && now - current.renderedAt() < keepFor.toNanos()) {
            return current.representation();
        }
        byte[] body = render.get();
        String digest = Representation.digest(body);
        if (firstRendered.size() > MAX_KEPT) {
            firstRendered.clear();
        }
        Instant lastModified = firstRendered.computeIfAbsent(digest, d -> Instant.now().truncatedTo(ChronoUnit.SECONDS));
        Representation representation = Representation.of(body, digest, lastModified);
        if (kept.size() > MAX_KEPT) {
            kept.clear();
        }
        kept.put(key, new Kept(representation, now));
        return representation;
    }

    /** Whether an Accept-Encoding header admits gzip: named or by {@code *}, with a quality above zero. */
    static boolean acceptsGzip(String acceptEncoding) {
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

    private record Kept(Representation representation, long renderedAt) {
    }
}
