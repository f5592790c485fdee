package org.countryofficeportal.release;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;

/** Where a client's offline copy of the releases stands: the moment of its last delta sync, as an opaque token. */
public record SyncToken(Instant asOf) {

    private static final String PREFIX = "sync:";

    public String token() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + asOf.toEpochMilli()).getBytes(StandardCharsets.US_ASCII));
    }

    /** @throws InvalidTokenException when the token was not made by {@link #token()} */
    public static SyncToken fromToken(String token) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.US_ASCII);
            if (!plain.startsWith(PREFIX)) {
                throw new InvalidTokenException(token);
            }
            return new SyncToken(Instant.ofEpochMilli(Long.parseLong(plain.substring(PREFIX.length()))));
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new InvalidTokenException(token);
        }
    }
}
