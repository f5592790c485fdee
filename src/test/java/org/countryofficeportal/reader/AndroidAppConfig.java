package org.countryofficeportal.reader;

import org.eclipse.microprofile.config.spi.ConfigSource;

import java.util.Map;
import java.util.Set;

/** The Android app of a Trusted Web Activity, configured for the test deployment only. */
public class AndroidAppConfig implements ConfigSource {

    static final String PACKAGE = "org.example.reader";
    static final String FINGERPRINT = "14:6D:E9:83:C5:73:06:50:D8:EE:B9:95:2F:34:FC:64:16:A0:83:42:E6:1D:BE:A8:8A:04:96:B2:3F:CF:44:E5";
    private static final Map<String, String> VALUES = Map.of(AssetLinks.PACKAGE, PACKAGE, AssetLinks.FINGERPRINTS, FINGERPRINT);

    @Override
    public Set<String> getPropertyNames() {
        return VALUES.keySet();
    }

    @Override
    public String getValue(String name) {
        return VALUES.get(name);
    }

    @Override
    public String getName() {
        return "test Android app";
    }
}
