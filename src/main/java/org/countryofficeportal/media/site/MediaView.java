package org.countryofficeportal.media.site;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.countryofficeportal.media.MediaCoverage;
import org.countryofficeportal.media.MediaCoverageService;

import java.util.List;

/** The public list of media coverage. */
@Named
@RequestScoped
public class MediaView {

    @EJB
    private MediaCoverageService mediaCoverageService;

    public List<MediaCoverage> getItems() {
        return mediaCoverageService.latestFirst();
    }
}
