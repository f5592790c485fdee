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
        return new PressRelease("a-release", ISLAMABAD, "en", new ReleaseText("Title", "Summary", null, null), "amina", NOW);
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
        release.publishAt(OffsetDateTime.parse("2024-03-08T09:00:00+05:00").toInstant(), NOW);

        assertEquals(ReleaseStatus.SCHEDULED, release.status());
        assertFalse(release.isPublicAt(NOW));
        assertTrue(release.isPublicAt(Instant.parse("2024-03-08T04:00:00Z")), "public from its time on");
    }

    @Test
    void publicationTimeReadsInTheOfficesZoneToTheSecond() {
        PressRelease release = release();
        release.publishAt(OffsetDateTime.parse("2024-03-07T00:00:00.123456+05:00").toInstant(), NOW);

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
        ReleaseText text = new ReleaseText("t", "s", null, null);
        assertThrows(IllegalArgumentException.class, () -> new PressRelease("Not A Slug", ISLAMABAD, "en", text, "amina", NOW));
        assertThrows(IllegalArgumentException.class, () -> new PressRelease("trailing-", ISLAMABAD, "en", text, "amina", NOW));
    }

    @Test
    void aPublicationTimeOutsideTheLifeOfTheOfficesIsRefused() {
        PressRelease release = release();

        assertThrows(IllegalArgumentException.class, () -> release.publishAt(Instant.parse("1989-12-31T23:59:59Z"), NOW));
        assertThrows(IllegalArgumentException.class, () -> release.publishAt(NOW.plus(PressRelease.LONGEST_SCHEDULE).plusSeconds(1), NOW));
        assertThrows(IllegalArgumentException.class, () -> release.publishAt(Instant.parse("+999999999-12-31T00:00:00Z"), NOW));
        assertEquals(ReleaseStatus.DRAFT, release.status(), "nothing changed");
    }

    @Test
    void aReleaseIsPublicOnceItsScheduledTimeHasComeAndItsAddressIsKnownFromThen() {
        PressRelease release = release();
        Instant scheduled = NOW.plusSeconds(3600);
        release.publishAt(scheduled, NOW);

        assertFalse(release.wasEverPublic() && release.isPublicAt(NOW));
        assertFalse(release.isPublicAt(scheduled.minusSeconds(1)));
        assertTrue(release.isPublicAt(scheduled));
        assertTrue(release.wasEverPublic());
    }

    @Test
    void onlyADraftGoesForReviewAndComesBackADraft() {
        PressRelease release = release();
        release.submitForReview();
        assertEquals(ReleaseStatus.IN_REVIEW, release.status());
        assertFalse(release.isPublicAt(NOW));
        assertThrows(IllegalArgumentException.class, release::submitForReview);
        release.withdraw();
        assertEquals(ReleaseStatus.DRAFT, release.status());
    }
}
