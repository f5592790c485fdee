package org.countryofficeportal.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Hides every malformed or over-long value of a request header the portal, JAX-RS or Faces reads, before any of them
 * reads it: each is then treated as absent, which HTTP allows for all of them (an If-Modified-Since that is no date
 * must be ignored, RFC 9110 13.1.3; without Accept or Accept-Language any answer is acceptable). No header a client
 * sends can then turn into an exception deep inside a framework, and a 500.
 */
public class WellFormedHeaders extends HttpFilter {

    /** The headers checked, by lower-case name, with the test of a well-formed value (several lines joined by commas). */
    private static final Map<String, Predicate<String>> CHECKED = Map.of(
            "accept", HeaderValues::isAccept,
            "accept-language", HeaderValues::isAcceptLanguage,
            "accept-encoding", HeaderValues::isAcceptEncoding,
            "content-type", HeaderValues::isMediaType,
            "if-none-match", HeaderValues::isEntityTags,
            "if-match", HeaderValues::isEntityTags,
            "if-modified-since", value -> HeaderValues.httpDate(value).isPresent(),
            "if-unmodified-since", value -> HeaderValues.httpDate(value).isPresent(),
            "x-forwarded-for", value -> HeaderValues.forwardedFor(value).isPresent(),
            "x-forwarded-proto", value -> HeaderValues.forwardedProto(value).isPresent());
    private static final Set<String> DATES = Set.of("if-modified-since", "if-unmodified-since");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Set<String> malformed = new HashSet<>();
        CHECKED.forEach((name, wellFormed) -> {
            List<String> lines = Collections.list(request.getHeaders(name));
            if (!lines.isEmpty() && !wellFormed.test(String.join(", ", lines))) {
                malformed.add(name);
            }
        });
        chain.doFilter(malformed.isEmpty() ? new DatesRead(request) : new WithoutMalformed(request, malformed), response);
    }

    /** Reads HTTP dates by RFC 9110 (the container's own reading throws on a value that is no date). */
    private static class DatesRead extends HttpServletRequestWrapper {

        DatesRead(HttpServletRequest request) {
            super(request);
        }

        @Override
        public long getDateHeader(String name) {
            if (!DATES.contains(name.toLowerCase(Locale.ROOT))) {
                return super.getDateHeader(name);
            }
            String value = getHeader(name);
            return value == null ? -1 : HeaderValues.httpDate(value).map(date -> date.toEpochMilli()).orElse(-1L);
        }
    }

    /** The request as if the client had not sent the malformed headers. */
    private static final class WithoutMalformed extends DatesRead {

        private final Set<String> malformed;

        WithoutMalformed(HttpServletRequest request, Set<String> malformed) {
            super(request);
            this.malformed = malformed;
        }

        private boolean hidden(String name) {
            return malformed.contains(name.toLowerCase(Locale.ROOT));
        }

        @Override
        public String getHeader(String name) {
            return hidden(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return hidden(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            return Collections.enumeration(Collections.list(super.getHeaderNames()).stream().filter(name -> !hidden(name)).toList());
        }

        @Override
        public int getIntHeader(String name) {
            return hidden(name) ? -1 : super.getIntHeader(name);
        }

        @Override
        public String getContentType() {
            return hidden("content-type") ? null : super.getContentType();
        }

        /** Without an Accept-Language, the servlet API gives the server's default locale. */
        @Override
        public Locale getLocale() {
            return hidden("accept-language") ? Locale.getDefault() : super.getLocale();
        }

        @Override
        public Enumeration<Locale> getLocales() {
            return hidden("accept-language") ? Collections.enumeration(List.of(Locale.getDefault())) : super.getLocales();
        }
    }
}
