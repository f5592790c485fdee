package org.countryofficeportal.portal;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.countryofficeportal.office.site.OfficeView;
import org.countryofficeportal.release.PressRelease;
import org.countryofficeportal.release.ReleaseFilter;
import org.countryofficeportal.release.ReleaseService;

import java.util.List;
import java.util.Optional;

/** The public home page of an office: what it shows besides the office itself, composed here. */
@Named
@RequestScoped
public class HomeView {

    /** The home screen (app and site) shows the latest releases: as many as fit a phone's first screen or two. */
    static final int LATEST_ON_HOME = 5;

    @EJB
    private ReleaseService releaseService;

    @Inject
    private OfficeView officeView;

    public List<PressRelease> getLatestReleases() {
        return releaseService.latestPublic(ReleaseFilter.ofOffice(officeView.getOffice().id()), Optional.empty(), LATEST_ON_HOME)
                .items();
    }
}
