package org.countryofficeportal.release;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.countryofficeportal.office.Office;
import org.countryofficeportal.office.OfficeService;
import org.countryofficeportal.platform.StaffMessages;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The staff list of releases of every status, with its search, filters and order in the address. */
@Named("staffReleases")
@RequestScoped
public class StaffReleasesView {

    @EJB
    private ReleaseEditing editing;

    @EJB
    private OfficeService offices;

    @Inject
    private StaffMessages messages;

    private String q;
    private String status;
    private String office;
    private String year;
    private String sort;
    private List<PressRelease> releases;

    /** Runs the search before the page renders, so that a message about a filter shows above the list. */
    public void load() {
        releases = editing.search(new StaffReleaseFilter(choice(ReleaseStatus.class, status, "status"),
                Optional.ofNullable(office).filter(id -> !id.isBlank()), year(),
                Optional.ofNullable(q).map(String::strip).filter(text -> !text.isEmpty()),
                choice(StaffReleaseFilter.Sort.class, sort, "order").orElse(StaffReleaseFilter.Sort.LATEST)));
    }

    public List<PressRelease> getReleases() {
        return releases;
    }

    private <E extends Enum<E>> Optional<E> choice(Class<E> type, String name, String what) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        Optional<E> chosen = Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(name)).findFirst();
        if (chosen.isEmpty()) {
            messages.error(null, "There is no " + what + " '" + name + "': it is ignored.");
        }
        return chosen;
    }

    private Optional<Integer> year() {
        if (year == null || year.isBlank()) {
            return Optional.empty();
        }
        if (!year.matches("[0-9]{4}")) {
            messages.error(null, "A year is four digits: '" + year + "' is ignored.");
            return Optional.empty();
        }
        return Optional.of(Integer.valueOf(year));
    }

    public boolean isLimited() {
        return getReleases().size() >= ReleaseEditing.LIST_SIZE;
    }

    public List<Office> getOffices() {
        return offices.all();
    }

    public ReleaseStatus[] getStatuses() {
        return ReleaseStatus.values();
    }

    public StaffReleaseFilter.Sort[] getSorts() {
        return StaffReleaseFilter.Sort.values();
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getOffice() {
        return office;
    }

    public void setOffice(String office) {
        this.office = office;
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }
}
