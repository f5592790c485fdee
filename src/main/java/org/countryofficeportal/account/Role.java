package org.countryofficeportal.account;

/** What a staff member may do in the back office. */
public enum Role {
    /** Everything, including accounts, the audit log, export and import. */
    ADMIN,
    /** Releases, media coverage and contacts. */
    EDITOR;

    /** The role names as annotations and deployment descriptors need them: compile-time constants. */
    public static final class Names {
        public static final String ADMIN = "ADMIN";
        public static final String EDITOR = "EDITOR";

        private Names() {
        }
    }
}
