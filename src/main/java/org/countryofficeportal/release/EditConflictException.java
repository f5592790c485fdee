package org.countryofficeportal.release;

import jakarta.ejb.ApplicationException;

import java.time.OffsetDateTime;

/**
 * Someone else saved the release after the editor opened it: nothing was saved, and the editor gets the
 * release as it is now to compare with their own text.
 */
@ApplicationException(rollback = true)
public class EditConflictException extends RuntimeException {

    private final ReleaseText current;
    private final long currentVersion;
    private final OffsetDateTime updatedAt;

    EditConflictException(PressRelease release) {
        super("release '" + release.slug() + "' was changed by someone else meanwhile");
        this.current = ReleaseText.of(release);
        this.currentVersion = release.version();
        this.updatedAt = release.updatedAt();
    }

    public ReleaseText current() {
        return current;
    }

    public long currentVersion() {
        return currentVersion;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }
}
