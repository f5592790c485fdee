package org.countryofficeportal.release;

import java.io.Serializable;

/**
 * What staff write of a release in its own language: the part that revisions keep and that two editors can
 * disagree about. The body is rich text, sanitised when saved.
 */
public record ReleaseText(String title, String summary, String body, String imageCredit) implements Serializable {

    public static ReleaseText of(PressRelease release) {
        return new ReleaseText(release.title(), release.summary(), release.body().orElse(null), release.imageCredit().orElse(null));
    }
}
