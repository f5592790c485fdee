package org.countryofficeportal.platform;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OwnOriginTest {

    @Test
    void thePortalsOwnAddressAsTheBrowserSentIt() {
        assertTrue(OwnOrigin.isOwn("http://localhost:8080", "http", "localhost:8080", null, null, List.of()));
        assertTrue(OwnOrigin.isOwn("HTTP://LocalHost:8080", "http", "localhost:8080", null, null, List.of()));
        assertTrue(OwnOrigin.isOwn("https://portal.example.org", "https", "portal.example.org:443", null, null, List.of()));
    }

    @Test
    void anotherSiteOrAnotherPortOrNoSiteAtAll() {
        assertFalse(OwnOrigin.isOwn("https://evil.example", "http", "localhost:8080", null, null, List.of()));
        assertFalse(OwnOrigin.isOwn("http://localhost:8081", "http", "localhost:8080", null, null, List.of()));
        assertFalse(OwnOrigin.isOwn("https://localhost:8080", "http", "localhost:8080", null, null, List.of()));
        assertFalse(OwnOrigin.isOwn("null", "http", "localhost:8080", null, null, List.of()));
        assertFalse(OwnOrigin.isOwn("http://localhost:8080/admin", "http", "localhost:8080", null, null, List.of()));
        assertFalse(OwnOrigin.isOwn("http://localhost:8080", "http", null, null, null, List.of()));
    }

    @Test
    void behindAProxyThatEndsTls() {
        // nginx passes Host and X-Forwarded-Proto; the instance itself is reached over plain HTTP.
        assertTrue(OwnOrigin.isOwn("https://portal.example.org", "http", "portal.example.org", "https", null, List.of()));
        // A proxy that rewrites Host passes the public one as X-Forwarded-Host.
        assertTrue(OwnOrigin.isOwn("https://portal.example.org", "http", "10.0.0.5:8081", "https",
                "portal.example.org, proxy.internal", List.of()));
        assertFalse(OwnOrigin.isOwn("https://evil.example", "http", "10.0.0.5:8081", "https", "portal.example.org", List.of()));
    }

    @Test
    void configuredOrigins() {
        assertTrue(OwnOrigin.isOwn("https://portal.example.org", "http", "10.0.0.5:8081", null, null,
                List.of("https://portal.example.org:443", "https://www.portal.example.org")));
        assertFalse(OwnOrigin.isOwn("https://evil.example", "http", "10.0.0.5:8081", null, null,
                List.of("https://portal.example.org")));
    }
}
