package org.countryofficeportal.release;

/** Fired inside the transaction that deletes a release, before it goes, so that what refers to it can let go. */
public record ReleaseRemoved(PressRelease release) {
}
