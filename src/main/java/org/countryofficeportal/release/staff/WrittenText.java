package org.countryofficeportal.release.staff;

/** The text a release page and a translation page both edit: title, summary and body, as typed. */
public abstract class WrittenText {

    private String title;
    private String summary;
    private String body;

    /** Fills the three fields with a text as stored. */
    void write(String storedTitle, String storedSummary, String storedBody) {
        title = storedTitle;
        summary = storedSummary;
        body = storedBody;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
