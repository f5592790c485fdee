package org.countryofficeportal.reader;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AssetLinksTest {

    private static final String FINGERPRINT = "14:6D:E9:83:C5:73:06:50:D8:EE:B9:95:2F:34:FC:64:16:A0:83:42:E6:1D:BE:A8:8A:04:96:B2:3F:CF:44:E5";

    @Test
    void noAppConfiguredMeansNoStatement() {
        assertTrue(AssetLinks.of(Optional.empty(), Optional.empty()).isEmpty());
        assertTrue(AssetLinks.of(Optional.of(" "), Optional.of("")).isEmpty());
    }

    @Test
    void theStatementLetsTheConfiguredAppHandleThePortalsAddresses() {
        var statements = AssetLinks.of(Optional.of(" org.example.reader"), Optional.of(FINGERPRINT.toLowerCase() + ", " + FINGERPRINT))
                .orElseThrow();
        assertEquals(List.of(new AssetLinks.Statement(List.of("delegate_permission/common.handle_all_urls"),
                new AssetLinks.Target("android_app", "org.example.reader", List.of(FINGERPRINT, FINGERPRINT)))), statements);
    }

    @Test
    void aWrongOrHalfConfigurationIsRefusedNamingTheSetting() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> AssetLinks.of(Optional.of("org.example.reader"), Optional.empty()))
                .getMessage().contains("reader.android.fingerprints"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> AssetLinks.of(Optional.of("org.example.reader"), Optional.of("14:6D")))
                .getMessage().contains("reader.android.fingerprints"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> AssetLinks.of(Optional.empty(), Optional.of(FINGERPRINT)))
                .getMessage().contains("reader.android.package"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> AssetLinks.of(Optional.of("reader"), Optional.of(FINGERPRINT)))
                .getMessage().contains("reader.android.package"));
    }
}
