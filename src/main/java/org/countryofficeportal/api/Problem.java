package org.countryofficeportal.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * An error response body as RFC 9457 defines it ({@code application/problem+json}). {@code parameter} names
 * the query parameter at fault in a 400.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "parameter"})
public record Problem(String type, String title, int status, String detail, String instance, String parameter) {

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

    static Problem of(Response.StatusType status, String detail, String instance) {
        return new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, instance, null);
    }

    Problem about(String badParameter) {
        return new Problem(type, title, status, detail, instance, badParameter);
    }
}
