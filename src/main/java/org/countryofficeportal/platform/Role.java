package org.countryofficeportal.platform;

/** What a staff member may do in the back office. */
public enum Role {
    /** Everything, including accounts, the audit log, export and import. */
    ADMIN("Administrator"),
    /** Clears releases (publishes, schedules, sends back), and keeps contacts and media coverage. */
    EDITOR("Editor"),
    /** Writes releases: their own drafts, sent for review to an editor. */
    AUTHOR("Author");

    private final String words;

    Role(String words) {
        this.words = words;
    }

    /** The role as staff read it. */
    public String words() {
        return words;
    }

    /** The role names as annotations and deployment descriptors need them: compile-time constants. */
    public static final class Names {
        public static final String ADMIN = "ADMIN";
        public static final String EDITOR = "EDITOR";
        public static final String AUTHOR = "AUTHOR";

        private Names() {
        }
    }
}
