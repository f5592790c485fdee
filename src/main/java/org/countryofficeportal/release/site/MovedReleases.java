package org.countryofficeportal.release.site;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.countryofficeportal.release.ReleaseService;
import org.countryofficeportal.site.MovedPages;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A public release whose address changed answers at its old address with a redirect to the new one. */
@ApplicationScoped
public class MovedReleases implements MovedPages {

    private static final Pattern RELEASE = Pattern.compile("/releases/([a-z0-9-]+)");

    @EJB
    private ReleaseService releaseService;

    @Override
    public Optional<String> movedTo(String path) {
        Matcher release = RELEASE.matcher(path);
        return release.matches() ? releaseService.movedFrom(release.group(1)).map(slug -> "/releases/" + slug) : Optional.empty();
    }
}
