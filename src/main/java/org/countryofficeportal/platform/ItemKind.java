package org.countryofficeportal.platform;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The kinds of item staff change, each with the back-office page that edits one (the audit log links to it). */
public enum ItemKind {
    RELEASE("press release", "/admin/release.xhtml?slug="),
    OFFICE("office", "/admin/office.xhtml?id="),
    COUNTRY("country", "/admin/countries.xhtml#country-"),
    CONTACT("contact", "/admin/contact.xhtml?id="),
    MEDIA_ITEM("media item", "/admin/coverage.xhtml?slug="),
    ACCOUNT("account", "/admin/accounts.xhtml#account-"),
    CONTENT("content", null);

    private final String words;
    private final String editorAddress;

    ItemKind(String words, String editorAddress) {
        this.words = words;
        this.editorAddress = editorAddress;
    }

    public String words() {
        return words;
    }

    /** Where the item with that key is edited, if it has a page of its own. */
    public Optional<String> editorOf(String key) {
        return Optional.ofNullable(editorAddress).map(address -> address + URLEncoder.encode(key, StandardCharsets.UTF_8));
    }
}
