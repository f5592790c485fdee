package org.countryofficeportal.reader;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The Digital Asset Links statement that lets an Android app (a Trusted Web Activity around the reader app) show the
 * portal's pages full screen: the app's package name and the SHA-256 fingerprints of the certificates it is signed
 * with, as configured; no statement without them.
 */
public final class AssetLinks {

    static final String PACKAGE = "reader.android.package";
    static final String FINGERPRINTS = "reader.android.fingerprints";

    private static final Pattern PACKAGE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z][A-Za-z0-9_]*)+");
    private static final Pattern FINGERPRINT = Pattern.compile("[0-9A-F]{2}(:[0-9A-F]{2}){31}");
    private static final String HANDLE_ALL_URLS = "delegate_permission/common.handle_all_urls";

    private AssetLinks() {
    }

    @JsonbPropertyOrder({"relation", "target"})
    public record Statement(List<String> relation, Target target) {
    }

    @JsonbPropertyOrder({"namespace", "packageName", "fingerprints"})
    public record Target(String namespace, @JsonbProperty("package_name") String packageName,
                         @JsonbProperty("sha256_cert_fingerprints") List<String> fingerprints) {
    }

    /**
     * The statements for the configured app, none when no app is configured.
     *
     * @throws IllegalArgumentException naming the setting, when one is set and not valid or the other is missing
     */
    public static Optional<List<Statement>> of(Optional<String> packageName, Optional<String> fingerprints) {
        Optional<String> app = packageName.map(String::strip).filter(name -> !name.isEmpty());
        List<String> certificates = fingerprints.stream()
                .flatMap(list -> Arrays.stream(list.split(",")))
                .map(fingerprint -> fingerprint.strip().toUpperCase(Locale.ROOT))
                .filter(fingerprint -> !fingerprint.isEmpty())
                .toList();
        if (app.isEmpty() && certificates.isEmpty()) {
            return Optional.empty();
        }
        if (app.isEmpty() || !PACKAGE_NAME.matcher(app.get()).matches()) {
            throw new IllegalArgumentException(PACKAGE + " must be the Android app's package name, such as org.example.reader"
                    + " (set together with " + FINGERPRINTS + ")");
        }
        if (certificates.isEmpty() || !certificates.stream().allMatch(fingerprint -> FINGERPRINT.matcher(fingerprint).matches())) {
            throw new IllegalArgumentException(FINGERPRINTS + " must be the SHA-256 fingerprints of the app's signing certificates,"
                    + " 32 hexadecimal pairs separated by colons (as keytool prints them), separated by commas (set together with "
                    + PACKAGE + ")");
        }
        return Optional.of(List.of(new Statement(List.of(HANDLE_ALL_URLS),
                new Target("android_app", app.get(), certificates))));
    }
}
