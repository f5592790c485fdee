package org.countryofficeportal.platform;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HeaderValuesTest {

    private static final String OVER_LONG = "a,".repeat(HeaderValues.MAX_LENGTH);

    @Test
    void acceptLanguageAsBrowsersAndAppsSendIt() {
        for (String value : List.of("ur", "ur-PK, en;q=0.8, *;q=0.1", "es-419,es;q=0.9", "en-GB,en-US;q=0.9,en;q=0.8",
                "*", "ru ; q=0.5", "zh-Hant-TW", "de;q=1.000", "fr;q=0.", ", en ,, ur ,")) {
            assertTrue(HeaderValues.isAcceptLanguage(value), value);
        }
    }

    @Test
    void acceptLanguageMalformedOrOverLong() {
        for (String value : List.of("zz-ZZ,*;q=abc", "a".repeat(9), "en;q=1.5", "en;q=0.1234", "en;p=1", "en_US", "-en",
                "en-", "", " , ", "en;q=", "ur\u0000", "اردو", OVER_LONG)) {
            assertFalse(HeaderValues.isAcceptLanguage(value), value);
        }
        assertFalse(HeaderValues.isAcceptLanguage(null));
    }

    @Test
    void acceptEncoding() {
        assertTrue(HeaderValues.isAcceptEncoding("gzip, deflate, br, zstd"));
        assertTrue(HeaderValues.isAcceptEncoding("gzip;q=1.0, identity; q=0.5, *;q=0"));
        for (String value : List.of("gzip;q=x", "gzip;;", "gz ip", "gzip;q=2", OVER_LONG)) {
            assertFalse(HeaderValues.isAcceptEncoding(value), value);
        }
    }

    @Test
    void acceptAndContentType() {
        for (String value : List.of("application/json", "*/*", "application/problem+json, application/json;q=0.9, */*;q=0.1",
                "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8",
                "application/atom+xml; charset=\"utf-8\"")) {
            assertTrue(HeaderValues.isAccept(value), value);
        }
        for (String value : List.of("text/html;q=abc", ";;;", "json", "text/", "text/html;q=0.5;q=0.4", "a/b;c", OVER_LONG)) {
            assertFalse(HeaderValues.isAccept(value), value);
        }
        assertTrue(HeaderValues.isMediaType("application/x-www-form-urlencoded"));
        assertTrue(HeaderValues.isMediaType("multipart/form-data; boundary=----WebKitFormBoundaryx7Xk2"));
        assertTrue(HeaderValues.isMediaType("text/plain; charset=\"utf-8\""));
        assertFalse(HeaderValues.isMediaType("application/json, text/html"));
        assertFalse(HeaderValues.isMediaType("nothing"));
    }

    @Test
    void entityTags() {
        for (String value : List.of("\"abc\"", "*", "W/\"abc\"", "\"a\", \"b-gz\" ,W/\"c\"", "\"\"")) {
            assertTrue(HeaderValues.isEntityTags(value), value);
        }
        for (String value : List.of("\"abc", "abc", "W/abc", "\"a\"b\"", "*, \"a\"", "\"a\" \"b\"", OVER_LONG)) {
            assertFalse(HeaderValues.isEntityTags(value), value);
        }
    }

    @Test
    void httpDatesInTheirThreeForms() {
        Instant expected = Instant.parse("1994-11-06T08:49:37Z");
        assertEquals(Optional.of(expected), HeaderValues.httpDate("Sun, 06 Nov 1994 08:49:37 GMT"));
        assertEquals(Optional.of(expected), HeaderValues.httpDate("Sunday, 06-Nov-94 08:49:37 GMT"));
        assertEquals(Optional.of(expected), HeaderValues.httpDate("Sun Nov  6 08:49:37 1994"));
        for (String value : List.of("yesterday", "", "Sun, 06 Nov 1994 08:49:37", "Mon, 06 Nov 1994 08:49:37 GMT",
                "Sun, 32 Nov 1994 08:49:37 GMT", "Sun, 06 Nov 99999 08:49:37 GMT", "1994-11-06T08:49:37Z", "-1", OVER_LONG)) {
            assertEquals(Optional.empty(), HeaderValues.httpDate(value), value);
        }
    }

    @Test
    void forwardedForIsAddressesOnly() {
        assertEquals(Optional.of(List.of("203.0.113.7", "2001:db8::1", "10.0.0.1")),
                HeaderValues.forwardedFor("203.0.113.7, 2001:db8::1,10.0.0.1"));
        for (String value : List.of("::::", "unknown", "203.0.113.256", "example.org", "203.0.113.7,", "1.2.3.4; DROP",
                "a".repeat(5000), "::ffff:1.2.3.4.5")) {
            assertEquals(Optional.empty(), HeaderValues.forwardedFor(value), value);
        }
    }

    @Test
    void forwardedProtoAndHost() {
        assertEquals(Optional.of("https"), HeaderValues.forwardedProto("HTTPS"));
        assertEquals(Optional.empty(), HeaderValues.forwardedProto("gopher"));
        assertEquals(Optional.of("portal.example.org:8443"), HeaderValues.host("Portal.Example.org:8443"));
        assertEquals(Optional.of("[2001:db8::1]:8080"), HeaderValues.host("[2001:db8::1]:8080"));
        for (String value : List.of("a b", "x; script-src *", "-bad.example", "host:port", "a..b", "")) {
            assertEquals(Optional.empty(), HeaderValues.host(value), value);
        }
    }

    @Test
    void noValueCostsMoreThanAMomentToRefuse() {
        assertTimeoutPreemptively(Duration.ofSeconds(1), () -> {
            String lengthy = " ,".repeat(500) + "x";
            assertFalse(HeaderValues.isAcceptLanguage(lengthy + ";"));
            assertFalse(HeaderValues.isAccept("a/b" + " ; c=d".repeat(160) + "\""));
            assertFalse(HeaderValues.isEntityTags("\"a\"" + " , ".repeat(300) + "x"));
            assertFalse(HeaderValues.isAcceptEncoding("gzip" + ";q=0".repeat(200)));
        });
    }
}
