package org.countryofficeportal;

import org.countryofficeportal.office.OfficeCommands;
import org.countryofficeportal.release.PressRelease;
import org.countryofficeportal.release.ReleaseCommands;
import org.countryofficeportal.release.ReleaseText;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/** Test content as staff write it: the commands of the back office, so that tests go the one way every write goes. */
public final class TestContent {

    private TestContent() {
    }

    /** A new office with nothing but its names and time zone. */
    public static OfficeCommands.Create office(String id, String timeZone) {
        return new OfficeCommands.Create(id, new OfficeCommands.Description("Test office " + id, id.toUpperCase(), null, null,
                timeZone, null, null, null, List.of(), List.of(), List.of(), List.of(), null), null);
    }

    /** A new draft in English. */
    public static ReleaseCommands.Create draft(String office, String slug, String title, String body) {
        return new ReleaseCommands.Create(new ReleaseCommands.Placement(office, "en", slug),
                new ReleaseText(title, "Summary of " + slug, body, null), null, null);
    }

    /** The release as it is, public from {@code at} (dated back, or scheduled), said yes to. */
    public static ReleaseCommands.Schedule publishAt(PressRelease release, OffsetDateTime at) {
        ZoneId zone = release.office().timeZone();
        return new ReleaseCommands.Schedule(asItIs(release), at.atZoneSameInstant(zone).toLocalDateTime(), true, null);
    }

    /** The release as its page shows it, unchanged. */
    public static ReleaseCommands.Edited asItIs(PressRelease release) {
        return new ReleaseCommands.Edited(release.slug(), release.version(), release.text(), null);
    }
}
