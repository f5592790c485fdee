package org.countryofficeportal.release.api;

import jakarta.ws.rs.core.HttpHeaders;
import org.countryofficeportal.api.BadParameterException;
import org.countryofficeportal.api.QueryParameters;
import org.countryofficeportal.platform.PlausibleYear;
import org.countryofficeportal.release.LanguagePreference;
import org.countryofficeportal.release.Languages;
import org.countryofficeportal.release.ReleaseCursor;
import org.countryofficeportal.release.ReleaseService;
import org.countryofficeportal.release.SyncToken;

import java.time.Instant;
import java.util.Optional;

/** The query parameters of the release lists and the sync, each bad value a 400 that names it. */
public final class ReleaseParameters {

    public static final int DEFAULT_LIMIT = 20;

    private ReleaseParameters() {
    }

    public static int limit(String raw) {
        return raw == null ? DEFAULT_LIMIT : QueryParameters.wholeNumber("limit", raw, 1, ReleaseService.MAX_PAGE_SIZE);
    }

    public static Optional<Integer> year(String raw) {
        return raw == null ? Optional.empty()
                : Optional.of(QueryParameters.wholeNumber("year", raw, PlausibleYear.EARLIEST, PlausibleYear.LATEST));
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
}
