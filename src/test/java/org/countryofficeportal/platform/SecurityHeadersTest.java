package org.countryofficeportal.platform;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SecurityHeadersTest {

    @Test
    void theBackOfficeRunsThePortalsOwnScriptsOnlyAndThePublicSiteNone() {
        for (String page : new String[]{"/login.xhtml", "/admin/", "/admin/release.xhtml", "/admin/export"}) {
            assertEquals("default-src 'none'; script-src 'self'; style-src 'self'; font-src 'self'; img-src 'self';"
                    + " form-action 'self'; base-uri 'none'; frame-ancestors 'none'", SecurityHeaders.policyOf(page, "portal.example.org"), page);
        }
        for (String page : new String[]{"/", "/releases/some-release", "/admin/preview/some-release", "/static/admin/admin.js"}) {
            String policy = SecurityHeaders.policyOf(page, "portal.example.org");
            assertFalse(policy.contains("script-src"), page);
            assertTrue(policy.endsWith("; connect-src portal.example.org/robots.txt"), policy);
        }
        assertEquals(SecurityHeaders.APP_CONTENT_SECURITY_POLICY, SecurityHeaders.policyOf("/app/", "portal.example.org"));
    }
}
