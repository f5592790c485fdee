package org.countryofficeportal.release.staff;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.countryofficeportal.office.Office;
import org.countryofficeportal.office.OfficeService;
import org.countryofficeportal.release.PressRelease;
import org.countryofficeportal.release.ReleaseDates;
import org.countryofficeportal.release.ReleaseEditing;
import org.countryofficeportal.release.ReleaseStatus;
import org.countryofficeportal.release.StaffReleaseFilter;
import org.countryofficeportal.release.StaffReleasePage;
import org.countryofficeportal.site.Language;
import org.countryofficeportal.staff.StaffMessages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The staff list of releases of every status: search, filters (status, office, year, author) and order in the
 * address, a page at a time through all of them, in words.
 */
@Named("staffReleases")
@RequestScoped
public class StaffReleasesView {

    static final String PAGE = "/admin/releases.xhtml";

    @EJB
    private ReleaseEditing editing;

    @EJB
    private OfficeService offices;

    @Inject
    private StaffMessages messages;

    @Inject
    private HttpServletRequest request;

    private StaffReleasePage page;

    @PostConstruct
    void search() {
        StaffReleaseFilter filter = new StaffReleaseFilter(choice(ReleaseStatus.class, "status"),
                parameter("office"), year(), parameter("author"), parameter("q"),
                choice(StaffReleaseFilter.Sort.class, "sort").orElse(StaffReleaseFilter.Sort.RECENTLY_EDITED));
        page = editing.search(filter, number());
    }

    private Optional<String> parameter(String name) {
        return Optional.ofNullable(request.getParameter(name)).map(String::strip).filter(value -> !value.isEmpty());
    }

    private <E extends Enum<E>> Optional<E> choice(Class<E> type, String name) {
        Optional<String> asked = parameter(name);
        Optional<E> chosen = asked.flatMap(value -> Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.name().equals(value)).findFirst());
        if (asked.isPresent() && chosen.isEmpty()) {
            messages.error("That " + name + " is not one of those offered: it is ignored.");
        }
        return chosen;
    }

    private Optional<Integer> year() {
        Optional<String> asked = parameter("year");
        if (asked.isPresent() && !asked.get().matches("(19|20)[0-9]{2}")) {
            messages.error("A year is four digits, such as 2024: '" + asked.get() + "' is ignored.");
            return Optional.empty();
        }
        return asked.map(Integer::valueOf);
    }

    private int number() {
        return parameter("page").filter(value -> value.matches("[1-9][0-9]{0,5}")).map(Integer::parseInt).orElse(1);
    }

    public StaffReleasePage getPage() {
        return page;
    }

    /** The address of another page of the same list. */
    public String pageAddress(int number) {
        Map<String, String> query = new LinkedHashMap<>();
        for (String name : List.of("q", "status", "office", "year", "author", "sort")) {
            parameter(name).ifPresent(value -> query.put(name, value));
        }
        query.put("page", String.valueOf(number));
        return PAGE + "?" + query.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    public String selected(String name, String value) {
        return parameter(name).filter(value::equals).isPresent() ? "selected" : null;
    }

    public String value(String name) {
        return parameter(name).orElse("");
    }

    public String publication(PressRelease release) {
        return ReleaseDates.inWords(release);
    }

    public String edited(PressRelease release) {
        return release.office().timeInWords(release.updatedAt().toInstant());
    }

    /** The languages a release is in, in words ("English, Urdu"). */
    public String languages(PressRelease release) {
        return release.languages().stream().map(code -> Language.ofCode(code).map(Language::englishName).orElse(code))
                .collect(Collectors.joining(", "));
    }

    public List<Office> getOffices() {
        return offices.all();
    }

    public List<String> getAuthors() {
        return editing.authors();
    }

    public ReleaseStatus[] getStatuses() {
        return ReleaseStatus.values();
    }

    public StaffReleaseFilter.Sort[] getSorts() {
        return StaffReleaseFilter.Sort.values();
    }
}
