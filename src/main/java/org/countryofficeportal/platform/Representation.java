package org.countryofficeportal.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

/**
 * A response rendered once and served many times: its body as it is and gzip-compressed, the headers that
 * describe it, and a strong validator derived from its bytes, so every instance that renders the same
 * content gives the same ETag.
 */
public record Representation(byte[] identity, Optional<byte[]> gzip, Map<String, String> headers, String digest,
                             Instant lastModified) {

    /** Below this, compression saves less than its headers cost. */
    private static final int WORTH_COMPRESSING = 256;

    public Representation {
        headers = Map.copyOf(headers);
    }

    public static Representation of(Rendered rendered, String digest, Instant lastModified) {
        byte[] body = rendered.body();
        return new Representation(body, body.length < WORTH_COMPRESSING ? Optional.empty() : Optional.of(gzip(body)),
                rendered.headers(), digest, lastModified);
    }

    public static String digest(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 27);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream(body.length / 3 + 64);
        try (GZIPOutputStream out = new GZIPOutputStream(compressed)) {
            out.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return compressed.toByteArray();
    }

    /** What a rendering produced: the body and the headers that go with it wherever it is served again. */
    public record Rendered(byte[] body, Map<String, String> headers) {
    }
}
