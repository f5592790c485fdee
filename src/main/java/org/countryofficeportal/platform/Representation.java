package org.countryofficeportal.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

/**
 * A response body rendered once and served many times, as it is and gzip-compressed, with a strong validator
 * derived from its bytes: every instance that renders the same content gives the same ETag.
 */
public record Representation(byte[] identity, Optional<byte[]> gzip, String digest, Instant lastModified) {

    /** Below this, compression saves less than its headers cost. */
    private static final int WORTH_COMPRESSING = 256;

    public static Representation of(byte[] body, String digest, Instant lastModified) {
        return new Representation(body, body.length < WORTH_COMPRESSING ? Optional.empty() : Optional.of(gzip(body)),
                digest, lastModified);
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
}
