package org.countryofficeportal.release.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.countryofficeportal.api.QueryParameters;
import org.countryofficeportal.api.Representations;
import org.countryofficeportal.release.LanguagePreference;
import org.countryofficeportal.release.ReleaseCursor;
import org.countryofficeportal.release.ReleaseFilter;
import org.countryofficeportal.release.ReleaseService;

import java.time.Duration;
import java.util.Optional;

/** The latest-first release list of the API, for all offices or one: the query parameters and the response. */
@ApplicationScoped
public class ReleaseListings {

    static final Representations.Policy LIST = Representations.Policy.publicFor(Duration.ofSeconds(60), Duration.ofMinutes(5), true);

    @EJB
    private ReleaseService releaseService;

    @Inject
    private Representations representations;

    public Response list(Optional<String> office, ListParameters parameters, HttpHeaders headers) {
        int limit = ReleaseParameters.limit(parameters.limit());
        Optional<ReleaseCursor> cursor = ReleaseParameters.cursor(parameters.cursor());
        LanguagePreference language = ReleaseParameters.language(parameters.lang(), headers);
        ReleaseFilter filter = new ReleaseFilter(office, QueryParameters.searchText(parameters.q()), ReleaseParameters.year(parameters.year()));
        return representations.json(LIST,
                () -> ReleaseJson.page(releaseService.latestPublic(filter, cursor, limit), language));
    }

    /** The raw query parameters of a release list, as the client sent them. */
    public record ListParameters(String limit, String cursor, String lang, String q, String year) {
    }
}
