package org.countryofficeportal.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.countryofficeportal.platform.Renderings;
import org.countryofficeportal.platform.Representation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Public pages as the API's responses are served: rendered at most once a second per address, with a strong
 * ETag and Last-Modified, 304 on revalidation, gzip for clients that accept it. A page that is not a plain
 * 200 (a 404, an error) goes to the client untouched and is never kept.
 */
@ApplicationScoped
public class RenderedPages {

    private static final String CACHE_CONTROL = "public, max-age=60, stale-while-revalidate=300";

    @Inject
    private Renderings renderings;

    /** Serves the page that {@code page} renders into the response it is given. */
    void serve(HttpServletRequest request, HttpServletResponse response, FilterChain page) throws IOException {
        String key = "page:" + request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        Buffer buffer = new Buffer(response);
        Representation rendered;
        try {
            rendered = renderings.of(key, () -> buffer.render(request, page));
        } catch (NotAPlainPage passedThrough) {
            return;
        }
        boolean gzip = rendered.gzip().isPresent() && Renderings.acceptsGzip(request.getHeader("Accept-Encoding"));
        String etag = "\"" + rendered.digest() + (gzip ? "-gz" : "") + "\"";
        long lastModified = rendered.lastModified().toEpochMilli();
        response.setHeader("ETag", etag);
        response.setDateHeader("Last-Modified", lastModified);
        response.setHeader("Cache-Control", CACHE_CONTROL);
        response.setHeader("Vary", "Accept-Encoding");
        if (notModified(request, etag, lastModified)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(buffer.contentType == null ? "text/html;charset=UTF-8" : buffer.contentType);
        byte[] body = gzip ? rendered.gzip().orElseThrow() : rendered.identity();
        if (gzip) {
            response.setHeader("Content-Encoding", "gzip");
        }
        response.setContentLength(body.length);
        if ("GET".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    private static boolean notModified(HttpServletRequest request, String etag, long lastModified) {
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null) {
            return ifNoneMatch.trim().equals("*") || List.of(ifNoneMatch.split("\\s*,\\s*")).contains(etag);
        }
        long ifModifiedSince = request.getDateHeader("If-Modified-Since");
        return ifModifiedSince >= 0 && lastModified / 1000 <= ifModifiedSince / 1000;
    }

    /** Thrown out of a rendering that must not be kept: the response went to the client as it was. */
    private static final class NotAPlainPage extends RuntimeException {
        NotAPlainPage() {
            super(null, null, false, false);
        }
    }

    /** Catches what the page writes, so that it can be kept, validated and compressed before it is sent. */
    private static final class Buffer extends HttpServletResponseWrapper {

        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
        private PrintWriter writer;
        private ServletOutputStream stream;
        private String contentType;
        private int status = SC_OK;

        Buffer(HttpServletResponse response) {
            super(response);
        }

        byte[] render(HttpServletRequest request, FilterChain chain) {
            try {
                chain.doFilter(request, this);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (ServletException e) {
                throw new IllegalStateException(e);
            }
            if (status != SC_OK || getResponse().isCommitted()) {
                throw new NotAPlainPage();
            }
            if (writer != null) {
                writer.flush();
            }
            return bytes.toByteArray();
        }

        @Override
        public void setStatus(int sc) {
            status = sc;
            super.setStatus(sc);
        }

        @Override
        public void sendError(int sc) throws IOException {
            status = sc;
            super.sendError(sc);
        }

        @Override
        public void sendError(int sc, String message) throws IOException {
            status = sc;
            super.sendError(sc, message);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            status = SC_FOUND;
            super.sendRedirect(location);
        }

        @Override
        public void setContentType(String type) {
            contentType = type;
            super.setContentType(type);
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
                        throw new UnsupportedOperationException("pages are written synchronously");
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
            // nothing reaches the client before the page is complete
        }
    }
}
