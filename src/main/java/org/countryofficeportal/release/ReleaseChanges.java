package org.countryofficeportal.release;

import java.time.Instant;
import java.util.List;

/**
 * What changed for readers since a moment: releases that are new, edited or came due, and tombstones of
 * releases that stopped being public. {@code asOf} is where the next look should start.
 */
public record ReleaseChanges(List<PressRelease> changed, List<ReleaseTombstone> removed, Instant asOf) {

    public ReleaseChanges {
        changed = List.copyOf(changed);
        removed = List.copyOf(removed);
    }
}
