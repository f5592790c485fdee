package org.countryofficeportal.media;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.countryofficeportal.platform.Command;
import org.countryofficeportal.platform.ItemKind;

import java.time.LocalDateTime;
import java.util.UUID;

/** Every change to the media coverage, one record each, executed by one method of {@link MediaCoverageService}. */
public final class MediaCommands {

    private MediaCommands() {
    }

    /** An article about an office as staff record it: published at a local time where it was printed. */
    public record Article(
            @NotBlank(message = "Choose the office the article is about.") String office,
            String release,
            @NotBlank(message = "Give the outlet that published it.")
            @Size(max = MediaCoverage.OUTLET_LENGTH, message = "An outlet has at most {max} characters: shorten it.") String outlet,
            @Size(max = MediaCoverage.DATELINE_LENGTH, message = "A dateline has at most {max} characters: shorten it.") String dateline,
            @NotNull(message = "Give the date and time printed on the article.") LocalDateTime published,
            String timeZone,
            @NotBlank(message = "Give the article's title.")
            @Size(max = MediaCoverage.TITLE_LENGTH, message = "A title has at most {max} characters: shorten it.") String title,
            @NotBlank(message = "Give the article's text.")
            @Size(max = MediaCoverage.TEXT_LENGTH, message = "A text has at most {max} characters: shorten it.") String text) {
    }

    /** What the audit log says staff did to a media item. */
    public enum MediaAction implements Command.Action {
        CREATED("added the media item"),
        UPDATED("updated the media item"),
        DELETED("deleted the media item"),
        RESTORED("restored the deleted media item");

        private final String words;

        MediaAction(String words) {
            this.words = words;
        }

        @Override
        public ItemKind kind() {
            return ItemKind.MEDIA_ITEM;
        }

        @Override
        public String words() {
            return words;
        }
    }

    /** A new item; an empty address is made from the title. */
    public record Create(@Size(max = MediaCoverage.SLUG_LENGTH, message = "An address has at most {max} characters: shorten it.")
                         String slug,
                         @NotNull @Valid Article article, UUID submission) implements Command<MediaCoverage> {
        @Override
        public Audited audited(MediaCoverage item) {
            return new Audited(MediaAction.CREATED, item.slug(), item.title());
        }
    }

    public record Update(@NotBlank String slug, long version, @NotNull @Valid Article article, UUID submission)
            implements Command<MediaCoverage> {
        @Override
        public Audited audited(MediaCoverage item) {
            return new Audited(MediaAction.UPDATED, item.slug(), item.title());
        }
    }

    /** Off the site and the API; it stays restorable. */
    public record Delete(@NotBlank String slug, long version, UUID submission) implements Command<MediaCoverage> {
        @Override
        public Audited audited(MediaCoverage item) {
            return new Audited(MediaAction.DELETED, item.slug(), item.title());
        }
    }

    public record Restore(@NotBlank String slug, UUID submission) implements Command<MediaCoverage> {
        @Override
        public Audited audited(MediaCoverage item) {
            return new Audited(MediaAction.RESTORED, item.slug(), item.title());
        }
    }
}
