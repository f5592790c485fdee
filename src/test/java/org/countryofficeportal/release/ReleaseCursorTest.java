package org.countryofficeportal.release;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReleaseCursorTest {

    @Test
    void aTokenLeadsBackToTheSamePosition() {
        ReleaseCursor cursor = new ReleaseCursor(Instant.parse("2024-03-06T19:00:00Z"), 1_234_567L);

        assertEquals(cursor, ReleaseCursor.fromToken(cursor.token()));
        assertTrue(cursor.token().matches("[A-Za-z0-9_-]+"), "safe in a URL as it is: " + cursor.token());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "!!!", "MTcwOTc0OTYwMA", "eC55", "OTk5OTk5OTk5OTk5OTk5OTk5OS4x", "MTcwOTc0OTYwMC4tNQ"})
    void anythingElseIsRefusedAsAnInvalidCursor(String token) {
        InvalidTokenException refused = assertThrows(InvalidTokenException.class, () -> ReleaseCursor.fromToken(token));
        assertTrue(refused.getMessage().contains("'" + token + "'"));
    }
}
