package org.countryofficeportal.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Serves GET responses (API representations, feeds, public pages) from briefly kept {@link Renderings}, below
 * every framework: a strong ETag and Last-Modified on each, 304 on a matching If-None-Match or
 * If-Modified-Since, gzip for clients that accept it (the compressed body has its own ETag). What renders a
 * response sets its Cache-Control and Vary; a response that is not a plain 200 (an error, a 404) goes to the
 * client as it was rendered and is never kept.
 */
@ApplicationScoped
public class KeptResponses {

    /** The headers that describe a body, kept with it and sent again with every copy. */
    private static final List<String> KEPT_HEADERS = List.of("Content-Type", "Content-Language", "Cache-Control", "Vary",
            "Access-Control-Allow-Origin", "Access-Control-Expose-Headers");
    /**
     * How long a shared cache (the load balancer in front of a cluster) may keep a public response: as long as an
     * instance keeps its rendering, so that an edit shows through it within a second or two. Readers' own caches
     * keep it longer (max-age) and revalidate it with a conditional GET.
     */
    public static final int SHARED_CACHE_SECONDS = 1;
    private static final String DEFAULT_CACHE_CONTROL = "public, max-age=60, s-maxage=" + SHARED_CACHE_SECONDS
            + ", stale-while-revalidate=300";

    @Inject
    private Renderings renderings;

    /**
     * Serves what {@code render} writes for this request.
     *
     * @param variant what else than the address the response depends on (request headers it varies with)
     */
    public void serve(HttpServletRequest request, HttpServletResponse response, FilterChain render, String variant)
            throws IOException {
        String key = request.getServerName() + ":" + request.getServerPort() + request.getRequestURI()
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString()) + "|" + variant;
        Buffer buffer = new Buffer(response);
        Representation kept;
        try {
            kept = renderings.of(key, () -> buffer.render(new AsGet(request), render));
        } catch (NotPlain sentAsItWas) {
            return;
        }
        boolean gzip = kept.gzip().isPresent() && Renderings.acceptsGzip(request.getHeader("Accept-Encoding"));
        String etag = "\"" + kept.digest() + (gzip ? "-gz" : "") + "\"";
        long lastModified = kept.lastModified().toEpochMilli();
        kept.headers().forEach(response::setHeader);
        response.setHeader("ETag", etag);
        response.setDateHeader("Last-Modified", lastModified);
        response.setHeader("Cache-Control", kept.headers().getOrDefault("Cache-Control", DEFAULT_CACHE_CONTROL));
        String vary = kept.headers().get("Vary");
        response.setHeader("Vary", vary == null ? "Accept-Encoding" : "Accept-Encoding, " + vary);
        if (notModified(request, etag, lastModified)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        byte[] body = gzip ? kept.gzip().orElseThrow() : kept.identity();
        if (gzip) {
            response.setHeader("Content-Encoding", "gzip");
        }
        response.setContentLength(body.length);
        // One buffer for the whole body: the container then writes it to the socket in one go.
        response.setBufferSize(Math.max(response.getBufferSize(), body.length));
        if ("GET".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    private static boolean notModified(HttpServletRequest request, String etag, long lastModified) {
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null) {
            return ifNoneMatch.trim().equals("*") || List.of(ifNoneMatch.trim().split("\\s*,\\s*")).contains(etag);
        }
        long ifModifiedSince = request.getDateHeader("If-Modified-Since");
        return ifModifiedSince >= 0 && lastModified / 1000 <= ifModifiedSince / 1000;
    }

    /** Thrown out of a rendering that must not be kept, once the response went to the client as it was. */
    private static final class NotPlain extends RuntimeException {
        NotPlain() {
            super(null, null, false, false);
        }
    }

    /** A HEAD is rendered as the GET it describes, so that what is kept has its body. */
    private static final class AsGet extends HttpServletRequestWrapper {
        AsGet(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }
    }

    /** Catches what is rendered, so that it can be kept, validated and compressed before it is sent. */
    private static final class Buffer extends HttpServletResponseWrapper {

        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
        private PrintWriter writer;
        private ServletOutputStream stream;
        private int status = SC_OK;
        private boolean errorSent;

        Buffer(HttpServletResponse response) {
            super(response);
        }

        Representation.Rendered render(HttpServletRequest request, FilterChain render) {
            try {
                render.doFilter(request, this);
                if (writer != null) {
                    writer.flush();
                }
                if (status != SC_OK || errorSent) {
                    sendAsItWas();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (ServletException e) {
                throw new IllegalStateException(e);
            }
            Map<String, String> headers = new HashMap<>();
            for (String name : KEPT_HEADERS) {
                String value = getHeader(name);
                if (value != null) {
                    headers.put(name, value);
                }
            }
            return new Representation.Rendered(bytes.toByteArray(), headers);
        }

        /** An error went straight to the client (sendError) or is in the buffer: either way, nothing is kept. */
        private void sendAsItWas() throws IOException {
            if (!errorSent && !getResponse().isCommitted()) {
                getResponse().setContentLength(bytes.size());
                getResponse().getOutputStream().write(bytes.toByteArray());
            }
            throw new NotPlain();
        }

        @Override
        public void setStatus(int sc) {
            status = sc;
            super.setStatus(sc);
        }

        @Override
        public void sendError(int sc) throws IOException {
            status = sc;
            errorSent = true;
            super.sendError(sc);
        }

        @Override
        public void sendError(int sc, String message) throws IOException {
            status = sc;
            errorSent = true;
            super.sendError(sc, message);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            status = SC_FOUND;
            errorSent = true;
            super.sendRedirect(location);
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException("responses are kept synchronously");
                    }

                    @Override
                    public void write(int b) {
                        bytes.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        bytes.write(b, off, len);
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8));
            }
            return writer;
        }

        @Override
        public void setContentLength(int len) {
            // the length is the kept body's, set when it is sent
        }

        @Override
        public void setContentLengthLong(long len) {
            // the length is the kept body's, set when it is sent
        }

        @Override
        public void flushBuffer() {
            // nothing reaches the client before the response is complete
        }
    }
}
