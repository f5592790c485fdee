package org.countryofficeportal.api;

import jakarta.ws.rs.core.HttpHeaders;
import org.countryofficeportal.release.LanguagePreference;
import org.countryofficeportal.release.Languages;
import org.countryofficeportal.release.ReleaseCursor;
import org.countryofficeportal.release.ReleaseService;
import org.countryofficeportal.release.SyncToken;

import java.time.Instant;
import java.util.Optional;

/**
 * The API's query parameters, read from their raw text so that every bad value is a 400 naming the
 * parameter (JAX-RS itself would answer a 404 for a query parameter it cannot convert).
 */
public final class QueryParameters {

    public static final int DEFAULT_LIMIT = 20;
    static final int MAX_SEARCH_LENGTH = 100;
    private static final int FIRST_YEAR = 1919;
    private static final int LAST_YEAR = 2999;

    private QueryParameters() {
    }

    public static int limit(String raw) {
        if (raw == null) {
            return DEFAULT_LIMIT;
        }
        return wholeNumber("limit", raw, 1, ReleaseService.MAX_PAGE_SIZE);
    }

    public static Optional<Integer> year(String raw) {
        return raw == null ? Optional.empty() : Optional.of(wholeNumber("year", raw, FIRST_YEAR, LAST_YEAR));
    }

    public static Optional<ReleaseCursor> cursor(String raw) {
        try {
            return Optional.ofNullable(raw).map(ReleaseCursor::fromToken);
        } catch (IllegalArgumentException e) {
            throw new BadParameterException("cursor", "must be a 'next' value from an earlier page, unchanged");
        }
    }

    public static Optional<Instant> since(String raw) {
        try {
            return Optional.ofNullable(raw).map(token -> SyncToken.fromToken(token).asOf());
        } catch (IllegalArgumentException e) {
            throw new BadParameterException("since", "must be a 'next' value from an earlier sync, unchanged");
        }
    }

    public static Optional<String> searchText(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String text = raw.strip();
        if (text.length() < 2 || text.length() > MAX_SEARCH_LENGTH || text.chars().anyMatch(Character::isISOControl)) {
            throw new BadParameterException("q", "must be 2 to " + MAX_SEARCH_LENGTH + " characters of text to search for");
        }
        return Optional.of(text);
    }

    /** An explicit {@code lang} wins; otherwise the client's Accept-Language. */
    public static LanguagePreference language(String lang, HttpHeaders headers) {
        if (lang != null) {
            if (!Languages.isKnown(lang)) {
                throw new BadParameterException("lang", "must be an ISO 639 language code such as 'en' or 'ur'");
            }
            return LanguagePreference.of(lang);
        }
        return LanguagePreference.ofLocales(headers.getAcceptableLanguages());
    }

    private static int wholeNumber(String name, String raw, int min, int max) {
        try {
            int value = Integer.parseInt(raw.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below like any other value out of range
        }
        throw new BadParameterException(name, "must be a whole number from " + min + " to " + max);
    }
}
