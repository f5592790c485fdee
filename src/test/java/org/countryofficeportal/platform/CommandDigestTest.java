package org.countryofficeportal.platform;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class CommandDigestTest {

    /** A command as a form sends one: text, a list of typed parts, bytes (an upload) and the form's id. */
    record Upload(String title, List<Part> parts, byte[] image, UUID submission) implements Command<Void> {
        @Override
        public Audited audited(Void result) {
            throw new UnsupportedOperationException("not executed here");
        }
    }

    record Part(String text, int position) {
    }

    private static final UUID FORM = UUID.randomUUID();

    @Test
    void theSameValuesSentAgainGiveTheSameDigestBytesCountingByTheirContent() {
        Upload first = new Upload("Title", List.of(new Part("a", 1)), new byte[]{1, 2, 3}, FORM);
        Upload again = new Upload("Title", List.of(new Part("a", 1)), new byte[]{1, 2, 3}, FORM);
        assertEquals(CommandDigest.of(first), CommandDigest.of(again));
        assertEquals(64, CommandDigest.of(first).length());
    }

    @Test
    void anyValueChangedGivesAnotherDigest() {
        String digest = CommandDigest.of(new Upload("Title", List.of(new Part("a", 1)), new byte[]{1, 2, 3}, FORM));
        assertNotEquals(digest, CommandDigest.of(new Upload("Title, edited", List.of(new Part("a", 1)), new byte[]{1, 2, 3}, FORM)));
        assertNotEquals(digest, CommandDigest.of(new Upload("Title", List.of(new Part("a", 2)), new byte[]{1, 2, 3}, FORM)));
        assertNotEquals(digest, CommandDigest.of(new Upload("Title", List.of(new Part("a", 1)), new byte[]{1, 2, 4}, FORM)));
        assertNotEquals(digest, CommandDigest.of(new Upload("Title", List.of(new Part("a", 1)), null, FORM)));
    }

    @Test
    void valuesAreKeptApartSoThatMovingTextBetweenFieldsCounts() {
        assertNotEquals(CommandDigest.of(new Upload("ab", List.of(new Part("c", 1)), null, FORM)),
                CommandDigest.of(new Upload("a", List.of(new Part("bc", 1)), null, FORM)));
    }
}
