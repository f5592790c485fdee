package org.countryofficeportal.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.countryofficeportal.platform.Renderings;
import org.countryofficeportal.platform.Representation;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Serves the API's GET responses from briefly kept {@link Renderings}: strong ETag and Last-Modified on every
 * one, 304 on a matching If-None-Match or If-Modified-Since, gzip when the client accepts it, Cache-Control
 * and Vary as the resource asks.
 */
@ApplicationScoped
public class Representations {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Inject
    private Renderings renderings;

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
        Representation representation = renderings.of(key, render);
        boolean gzip = representation.gzip().isPresent() && Renderings.acceptsGzip(headers.getHeaderString(HttpHeaders.ACCEPT_ENCODING));
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

}
