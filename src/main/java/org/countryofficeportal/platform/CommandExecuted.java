package org.countryofficeportal.platform;

/**
 * A change was done, within its transaction: observers record what follows from it (the audit log), in the same
 * transaction, so that both are kept or neither.
 */
public record CommandExecuted(Command.Audited change) {
}
