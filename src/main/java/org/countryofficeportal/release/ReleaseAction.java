package org.countryofficeportal.release;

import org.countryofficeportal.platform.Command;
import org.countryofficeportal.platform.ItemKind;

/** What the audit log says staff did to a release. */
public enum ReleaseAction implements Command.Action {
    CREATED("created the press release"),
    SAVED("saved the press release"),
    SUBMITTED("sent the press release for review"),
    SENT_BACK("sent the press release back to its author"),
    NOTED("wrote a note on the press release"),
    PUBLISHED("published the press release"),
    SCHEDULED("scheduled the press release"),
    REDATED("changed the publication date of the press release"),
    UNPUBLISHED("took the press release off the public site"),
    ILLUSTRATED("added an image to the press release"),
    IMAGE_REMOVED("removed the image of the press release"),
    TRANSLATED("saved a translation of the press release"),
    TRANSLATION_REMOVED("removed a translation of the press release"),
    RESTORED("restored an earlier text of the press release"),
    DELETED("deleted the press release");

    private final String words;

    ReleaseAction(String words) {
        this.words = words;
    }

    @Override
    public ItemKind kind() {
        return ItemKind.RELEASE;
    }

    @Override
    public String words() {
        return words;
    }
}
