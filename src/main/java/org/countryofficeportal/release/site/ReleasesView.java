package org.countryofficeportal.release.site;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.countryofficeportal.api.BadParameterException;
import org.countryofficeportal.api.QueryParameters;
import org.countryofficeportal.office.OfficeService;
import org.countryofficeportal.release.PressRelease;
import org.countryofficeportal.release.ReleaseCursor;
import org.countryofficeportal.release.ReleaseFilter;
import org.countryofficeportal.release.ReleasePage;
import org.countryofficeportal.release.ReleaseService;
import org.countryofficeportal.release.api.ReleaseParameters;
import org.countryofficeportal.site.Page;
import org.countryofficeportal.site.PageNotFound;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The public list of releases: latest first, a keyset page at a time, filtered by office, year and search
 * text. A bad parameter is left out with a message; the reader still gets a page.
 */
@Named
@RequestScoped
public class ReleasesView {

    static final int PAGE_SIZE = 10;

    @EJB
    private ReleaseService releaseService;

    @EJB
    private OfficeService officeService;

    @Inject
    private Page page;

    private final List<String> messages = new ArrayList<>();
    private Optional<String> office = Optional.empty();
    private Optional<Integer> year = Optional.empty();
    private Optional<String> text = Optional.empty();
    private ReleasePage releases;
    private boolean firstPage = true;

    @PostConstruct
    void load() {
        office = Optional.ofNullable(page.parameter("office")).filter(id -> !id.isBlank());
        if (office.isPresent() && officeService.find(office.get()).isEmpty()) {
            throw new PageNotFound();
        }
        String rawYear = page.parameter("year");
        if (rawYear != null && !rawYear.isBlank()) {
            try {
                year = ReleaseParameters.year(rawYear);
            } catch (BadParameterException e) {
                messages.add(MessageFormat.format(page.text("releases.badYear"), rawYear));
            }
        }
        String rawText = page.parameter("q");
        if (rawText != null && !rawText.isBlank()) {
            try {
                text = QueryParameters.searchText(rawText);
            } catch (BadParameterException e) {
                messages.add(page.text("releases.badSearch"));
            }
        }
        Optional<ReleaseCursor> cursor = Optional.empty();
        try {
            cursor = ReleaseParameters.cursor(page.parameter("cursor"));
        } catch (BadParameterException e) {
            messages.add(page.text("releases.badPage"));
        }
        firstPage = cursor.isEmpty();
        releases = releaseService.latestPublic(new ReleaseFilter(office, text, year), cursor, PAGE_SIZE);
    }

    public List<PressRelease> getItems() {
        return releases.items();
    }

    public List<String> getMessages() {
        return messages;
    }

    public boolean isFirstPage() {
        return firstPage;
    }

    /** The address of the next (older) page with the same filters, or null on the last page. */
    public String getOlderLink() {
        return releases.next().map(next -> page.link("/releases" + query(Optional.of(next.token())))).orElse(null);
    }

    public String getNewestLink() {
        return page.link("/releases" + query(Optional.empty()));
    }

    private String query(Optional<String> cursor) {
        List<String> parts = new ArrayList<>();
        office.ifPresent(id -> parts.add("office=" + id));
        year.ifPresent(y -> parts.add("year=" + y));
        text.ifPresent(t -> parts.add("q=" + URLEncoder.encode(t, StandardCharsets.UTF_8)));
        cursor.ifPresent(c -> parts.add("cursor=" + c));
        return parts.isEmpty() ? "" : "?" + String.join("&", parts);
    }

    public List<Integer> getYears() {
        return releaseService.publicYears(office);
    }

    public String getOffice() {
        return office.orElse("");
    }

    public Integer getYear() {
        return year.orElse(null);
    }

    public String getText() {
        return text.orElse("");
    }
}
