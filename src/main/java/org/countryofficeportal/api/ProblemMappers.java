package org.countryofficeportal.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Every error leaves the API as {@code application/problem+json}; none leaves with a stack trace. */
public final class ProblemMappers {

    private static final Jsonb JSONB = JsonbBuilder.create();
    /** A 500 reveals nothing internal: what went wrong is in the log only. */
    static final String SERVER_ERROR_DETAIL = "the server could not answer; the error is logged";

    private ProblemMappers() {
    }

    static Response respond(Problem problem, Response.ResponseBuilder builder) {
        return builder.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .entity(json(problem))
                .build();
    }

    static String json(Problem problem) {
        return JSONB.toJson(problem);
    }

    /** The API's own refusals and those of the JAX-RS runtime: 400, 404, 405 (keeping Allow), 406, 415. */
    @Provider
    public static class HttpErrors implements ExceptionMapper<WebApplicationException> {

        @Context
        private UriInfo uriInfo;

        @Override
        public Response toResponse(WebApplicationException exception) {
            Response original = exception.getResponse();
            Response.StatusType status = original.getStatusInfo();
            if (status.getFamily() == Response.Status.Family.SERVER_ERROR) {
                return new UnexpectedErrors().toResponse(exception);
            }
            Problem problem = Problem.of(status, detail(exception, status), uriInfo.getRequestUri().getRawPath());
            if (exception instanceof BadParameterException bad) {
                problem = problem.about(bad.parameter());
            }
            Response.ResponseBuilder builder = Response.status(status);
            if (original.getAllowedMethods() != null && !original.getAllowedMethods().isEmpty()) {
                builder.allow(original.getAllowedMethods());
            }
            return respond(problem, builder);
        }

        /** The runtime's own messages ("HTTP 404 Not Found") say nothing the status does not. */
        private static String detail(WebApplicationException exception, Response.StatusType status) {
            String message = exception.getMessage();
            boolean generic = message == null || message.startsWith("HTTP " + status.getStatusCode());
            return generic ? defaultDetail(status.getStatusCode()) : message;
        }

        static String defaultDetail(int status) {
            return switch (status) {
                case 404 -> "there is nothing at this address";
                case 405 -> "this address only answers the methods listed in Allow";
                case 406 -> "this address answers in application/json only";
                case 415 -> "this request's content type is not accepted here";
                default -> "the request cannot be answered as it is";
            };
        }
    }

    /** Anything else is the server's fault: logged in full, answered with a 500 that reveals nothing internal. */
    @Provider
    public static class UnexpectedErrors implements ExceptionMapper<Throwable> {

        private static final Logger LOG = Logger.getLogger(UnexpectedErrors.class.getName());

        @Context
        private UriInfo uriInfo;

        @Override
        public Response toResponse(Throwable exception) {
            LOG.log(Level.SEVERE, "unexpected error answering " + (uriInfo == null ? "?" : uriInfo.getRequestUri()), exception);
            Response.Status status = Response.Status.INTERNAL_SERVER_ERROR;
            return respond(Problem.of(status, SERVER_ERROR_DETAIL,
                    uriInfo == null ? null : uriInfo.getRequestUri().getRawPath()), Response.status(status));
        }
    }
}
