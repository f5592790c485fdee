package org.countryofficeportal.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.countryofficeportal.platform.KeptResponses;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * The API's GET responses as the resources make them: the body, how long it may be cached, what it varies
 * with. {@link KeptApiResponses} keeps them briefly and adds the validators, 304s and compression.
 */
@ApplicationScoped
public class Representations {

    private static final Jsonb JSONB = JsonbBuilder.create();

    /**
     * How a kind of resource may be cached, and whether it varies with the reader's language. Readers' caches keep it
     * for {@code maxAge}; a shared cache (the load balancer in front of a cluster) for one second only, as an
     * instance keeps its renderings, so that an edit shows through it within a second or two.
     */
    public record Policy(CacheControl cacheControl, boolean localised) {

        public static Policy publicFor(Duration maxAge, Duration staleWhileRevalidate, boolean localised) {
            CacheControl control = new CacheControl();
            control.setMaxAge((int) maxAge.toSeconds());
            control.setSMaxAge(KeptResponses.SHARED_CACHE_SECONDS);
            control.setNoTransform(false);
            control.getCacheExtension().put("public", null);
            control.getCacheExtension().put("stale-while-revalidate", String.valueOf(staleWhileRevalidate.toSeconds()));
            return new Policy(control, localised);
        }
    }

    /** A JSON response of the record {@code render} makes. */
    public Response json(Policy policy, Supplier<Object> render) {
        return respond(policy, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"),
                () -> JSONB.toJson(render.get()).getBytes(StandardCharsets.UTF_8));
    }

    public Response respond(Policy policy, MediaType type, Supplier<byte[]> render) {
        Response.ResponseBuilder response = Response.ok(render.get(), type).cacheControl(policy.cacheControl());
        if (policy.localised()) {
            response.header(HttpHeaders.VARY, "Accept-Language");
        }
        return response.build();
    }
}
