package org.countryofficeportal.staff;

/** The addresses of the back office that its shared pieces need to know. */
public final class StaffPages {

    public static final String LOGIN = "/login.xhtml";
    public static final String HOME = "/admin/";
    public static final String PASSWORD = "/admin/password.xhtml";

    private StaffPages() {
    }
}
