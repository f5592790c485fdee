package org.countryofficeportal.release;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.countryofficeportal.image.Image;
import org.countryofficeportal.platform.Command;

import java.time.LocalDateTime;
import java.util.UUID;

/**
 * Every change to a press release, one record each, executed by one method of {@link ReleaseEditing}. Each change
 * made from the release's page carries the text on the page and the version it was opened at: the text is saved
 * first, so that no button on the page drops what was typed.
 */
public final class ReleaseCommands {

    /** The longest note an editor or author writes in a review. */
    public static final int NOTE_LENGTH = 4000;
    /** The longest alternative text of an image. */

    private ReleaseCommands() {
    }

    /**
     * Where a draft belongs: its office, its language, its address. An empty address is made from the title;
     * once the release was public, a new address keeps the old one answering.
     */
    public record Placement(
            @NotBlank(message = "Choose the office that publishes the release.") String office,
            @NotBlank(message = "Choose the language the release is written in.") String language,
            @Size(max = PressRelease.SLUG_LENGTH, message = "An address has at most {max} characters: shorten it.")
            String slug) {
    }

    /** The release as the staff member has it on its page: as they opened it, with its text as they left it. */
    public record Edited(
            @NotBlank String slug,
            long version,
            @NotNull @Valid ReleaseText text,
            @Valid Placement placement) {
    }

    private static Command.Audited audited(ReleaseAction action, PressRelease release) {
        return new Command.Audited(action, release.slug(), release.title());
    }

    /**
     * A new draft, written by the signed-in staff member, planned for a time in the office's zone (none: dated when
     * published).
     */
    public record Create(@NotNull @Valid Placement placement, @NotNull @Valid ReleaseText text, LocalDateTime planned,
                         UUID submission) implements Command<PressRelease> {
        @Override
        public Audited audited(PressRelease release) {
            return ReleaseCommands.audited(ReleaseAction.CREATED, release);
        }
    }

    /** The text on the page saved (a public release stays as dated: this is an update). */
    public record Save(@NotNull @Valid Edited edited, UUID submission) implements Command<PressRelease> {
        @Override
        public Audited audited(PressRelease release) {
            return ReleaseCommands.audited(ReleaseAction.SAVED, release);
        }
    }

    /** The author's draft, saved, goes to the editors. */
    public record Submit(@NotNull @Valid Edited edited, UUID submission) implements Command<PressRelease> {
        @Override
        public Audited audited(PressRelease release) {
            return ReleaseCommands.audited(ReleaseAction.SUBMITTED, release);
        }
    }

    /** An editor's note to the author, and the release back to a draft. */
    public record SendBack(@NotNull @Valid Edited edited,
                           @NotBlank(message = "Say what the author should change.")
                           @Size(max = NOTE_LENGTH, message = "A note has at most {max} characters: shorten it.") String note,
                           UUID submission) implements Command<PressRelease> {
        @Override
        public Audited audited(PressRelease release) {
            return new Command.Audited(ReleaseAction.SENT_BACK, release.slug(), release.title(), note);
        }
    }

    /** A note on the release, for its author and the editors; the release stays where it is. */
    public record Note(@NotNull @Valid Edited edited,
                       @NotBlank(message = "Write the note.")
                       @Size(max = NOTE_LENGTH, message = "A note has at most {max} characters: shorten it.") String note,
                       UUID submission) implements Command<PressRelease> {
        @Override
        public Audited audited(PressRelease release) {
            return new Command.Audited(ReleaseAction.NOTED, release.slug(), release.title(), note);
        }
    }

    /** Public now, dated now; a release that was public already keeps its date (use {@link Schedule} to change it). */
    public record Publish(@NotNull @Valid Edited edited, UUID submission) implements Command<PressRelease> {
        @Override
        public Audited audited(PressRelease release) {
            return ReleaseCommands.audited(ReleaseAction.PUBLISHED, release);
        }
    }

    /**
     * Public from a time given in the office's own time zone: a time to come schedules the release. A time gone
     * by dates it back, and a public release given another date moves in every list: both are done only when the
     * staff member has said yes to exactly that ({@code confirmed}).
     */
    public record Schedule(@NotNull @Valid Edited edited,
                           @NotNull(message = "Give the date and time of publication.") LocalDateTime localTime,
                           boolean confirmed, UUID submission) implements Command<PressRelease> {
        @Override
        public Audited audited(PressRelease release) {
            return new Command.Audited(release.status() == ReleaseStatus.SCHEDULED ? ReleaseAction.SCHEDULED : ReleaseAction.REDATED,
                    release.slug(), release.title(), ReleaseDates.inWords(release));
        }
    }

    /** Back to a draft, off the public site and the apps. */
    public record Unpublish(@NotNull @Valid Edited edited, UUID submission) implements Command<PressRelease> {
        @Override
        public Audited audited(PressRelease release) {
            return ReleaseCommands.audited(ReleaseAction.UNPUBLISHED, release);
        }
    }

    /** An uploaded image shown with the release (its credit is in the text). */
    public record Illustrate(@NotNull @Valid Edited edited,
                             @NotNull(message = "Choose an image file (JPEG, PNG or WebP).") byte[] image,
                             @NotBlank(message = "Say what the image shows, for readers who cannot see it.")
                             @Size(max = Image.ALT_LENGTH, message = "Alt text has at most {max} characters: shorten it.")
                             String alt,
                             UUID submission) implements Command<PressRelease> {
        @Override
        public Audited audited(PressRelease release) {
            return new Command.Audited(ReleaseAction.ILLUSTRATED, release.slug(), release.title(), alt);
        }
    }

    public record RemoveImage(@NotNull @Valid Edited edited, UUID submission) implements Command<PressRelease> {
        @Override
        public Audited audited(PressRelease release) {
            return ReleaseCommands.audited(ReleaseAction.IMAGE_REMOVED, release);
        }
    }

    /** The earlier text {@code number} back; the text on the page is kept as a revision first. */
    public record Restore(@NotNull @Valid Edited edited, int number, UUID submission) implements Command<PressRelease> {
        @Override
        public Audited audited(PressRelease release) {
            return new Command.Audited(ReleaseAction.RESTORED, release.slug(), release.title(), "revision " + number);
        }
    }

    /** A translation written or corrected; the text it replaces is kept as a revision. */
    public record Translate(@NotBlank String slug, long version,
                            @NotBlank(message = "Choose the language of the translation.") String language,
                            @NotNull @Valid TranslationText text, UUID submission) implements Command<PressRelease> {
        @Override
        public Audited audited(PressRelease release) {
            return new Command.Audited(ReleaseAction.TRANSLATED, release.slug(), release.title(), "language " + language);
        }
    }

    /** A translation taken off, kept as a revision that can be restored. */
    public record RemoveTranslation(@NotBlank String slug, long version, @NotBlank String language, UUID submission)
            implements Command<PressRelease> {
        @Override
        public Audited audited(PressRelease release) {
            return new Command.Audited(ReleaseAction.TRANSLATION_REMOVED, release.slug(), release.title(), "language " + language);
        }
    }

    /** A removed or earlier translation back: the revision {@code number} of it. */
    public record RestoreTranslation(@NotBlank String slug, long version, int number, UUID submission)
            implements Command<PressRelease> {
        @Override
        public Audited audited(PressRelease release) {
            return new Command.Audited(ReleaseAction.TRANSLATED, release.slug(), release.title(), "revision " + number + " restored");
        }
    }

    /** Gone for good (apps drop it at their next sync). */
    public record Delete(@NotBlank String slug, long version, UUID submission) implements Command<String> {
        @Override
        public Audited audited(String title) {
            return new Command.Audited(ReleaseAction.DELETED, slug, title);
        }
    }
}
