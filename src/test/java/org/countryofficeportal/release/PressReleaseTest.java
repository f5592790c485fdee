package org.countryofficeportal.release;

import org.countryofficeportal.office.Office;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PressReleaseTest {

    private static final Office ISLAMABAD = new Office("pakistan", "ILO Country Office for Pakistan", "CO-Islamabad", "Asia/Karachi");
    private static final Instant NOW = Instant.parse("2024-03-07T12:00:00Z");

    private static PressRelease release() {
        return new PressRelease("a-release", ISLAMABAD, "en", "Title", "Summary");
    }

    @Test
    void aNewReleaseIsADraftAndNotPublic() {
        PressRelease release = release();

        assertEquals(ReleaseStatus.DRAFT, release.status());
        assertFalse(release.isPublicAt(NOW));
    }

    @Test
    void publishingAtATimeToComeSchedulesTheRelease() {
        PressRelease release = release();
        release.publishAt(OffsetDateTime.parse("2024-03-08T09:00:00+05:00"), NOW);

        assertEquals(ReleaseStatus.SCHEDULED, release.status());
        assertFalse(release.isPublicAt(NOW));
        assertTrue(release.isPublicAt(Instant.parse("2024-03-08T04:00:00Z")), "public from its time on");
    }

    @Test
    void publicationTimeReadsInTheOfficesZoneToTheSecond() {
        PressRelease release = release();
        release.publishAt(OffsetDateTime.parse("2024-03-07T00:00:00.123456+05:00"), NOW);

        assertEquals(ReleaseStatus.PUBLISHED, release.status());
        assertEquals(OffsetDateTime.parse("2024-03-07T00:00:00+05:00"), release.publishedAt());
    }

    @Test
    void translationsMakeTheLanguageMarkAndNeedAnotherLanguage() {
        PressRelease release = release();
        assertEquals(List.of("en"), List.copyOf(release.languages()));

        release.translate("ur", new Translation("عنوان", "خلاصہ", null));

        assertEquals(List.of("en", "ur"), List.copyOf(release.languages()));
        assertTrue(release.isAvailableIn("ur"));
        assertThrows(IllegalArgumentException.class, () -> release.translate("en", new Translation("t", "s", null)));
        assertThrows(IllegalArgumentException.class, () -> release.translate("urdu", new Translation("t", "s", null)));
    }

    @Test
    void slugsAreLowerCaseWordsJoinedByHyphens() {
        assertThrows(IllegalArgumentException.class, () -> new PressRelease("Not A Slug", ISLAMABAD, "en", "t", "s"));
        assertThrows(IllegalArgumentException.class, () -> new PressRelease("trailing-", ISLAMABAD, "en", "t", "s"));
    }
}
