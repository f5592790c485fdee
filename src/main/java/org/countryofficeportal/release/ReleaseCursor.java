package org.countryofficeportal.release;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;

/**
 * A position in the latest-first order of releases: the (publication time, id) of the last release seen.
 * Keyset pagination resumes strictly after it, so page 1,000 costs what page 1 costs, and releases
 * published meanwhile cause neither duplicates nor gaps further down.
 */
public record ReleaseCursor(Instant publishedAt, long id) {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    /** An opaque token for clients; they hand it back unchanged. */
    public String token() {
        String plain = publishedAt.getEpochSecond() + "." + id;
        return ENCODER.encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
    }

    /** @throws InvalidTokenException when the token was not made by {@link #token()} */
    public static ReleaseCursor fromToken(String token) {
        try {
            String plain = new String(DECODER.decode(token), StandardCharsets.US_ASCII);
            int dot = plain.indexOf('.');
            if (dot < 1) {
                throw new InvalidTokenException(token);
            }
            long epochSecond = Long.parseLong(plain.substring(0, dot));
            long id = Long.parseLong(plain.substring(dot + 1));
            if (id < 0) {
                throw new InvalidTokenException(token);
            }
            return new ReleaseCursor(Instant.ofEpochSecond(epochSecond), id);
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new InvalidTokenException(token);
        }
    }
}
