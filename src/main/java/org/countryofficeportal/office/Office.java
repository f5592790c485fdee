package org.countryofficeportal.office;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.countryofficeportal.platform.DatesInWords;
import org.countryofficeportal.platform.Slugs;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An ILO office: a country office, a decent work team, or a national coordination under another office.
 * Its id is the stable slug used in URLs and in the content bundle.
 */
@Entity
@Table(name = "office")
public class Office {

    public static final int ID_LENGTH = 64;
    /** Long enough for every IANA time zone name. */
    public static final int TIME_ZONE_LENGTH = 64;
    public static final int NAME_LENGTH = 300;
    public static final int SHORT_NAME_LENGTH = 60;
    public static final int CITY_LENGTH = 100;
    public static final int ADDRESS_LENGTH = 1000;
    public static final int HISTORY_LENGTH = 20_000;
    public static final int AREA_LENGTH = 300;
    public static final int PRIORITY_LENGTH = 1000;

    @Id
    @Column(name = "id", length = ID_LENGTH)
    private String id;

    @Column(name = "name", nullable = false, length = NAME_LENGTH)
    private String name;

    @Column(name = "short_name", nullable = false, length = SHORT_NAME_LENGTH)
    private String shortName;

    @Column(name = "city", length = CITY_LENGTH)
    private String city;

    @Column(name = "address", length = ADDRESS_LENGTH)
    private String address;

    @Column(name = "time_zone", nullable = false, length = TIME_ZONE_LENGTH)
    private String timeZone;

    @Column(name = "year_opened")
    private Integer yearOpened;

    @Column(name = "history", length = HISTORY_LENGTH)
    private String history;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Office parent;

    @ManyToMany
    @JoinTable(name = "office_country",
            joinColumns = @JoinColumn(name = "office_id"),
            inverseJoinColumns = @JoinColumn(name = "country_id"))
    @OrderColumn(name = "position")
    private List<Country> countries = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "office_section", joinColumns = @JoinColumn(name = "office_id"))
    @OrderColumn(name = "position")
    private List<Section> sections = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "office_area_of_work", joinColumns = @JoinColumn(name = "office_id"))
    @OrderColumn(name = "position")
    @Column(name = "area", nullable = false, length = AREA_LENGTH)
    private List<String> areasOfWork = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "office_programme", joinColumns = @JoinColumn(name = "office_id"))
    @OrderColumn(name = "position")
    private List<Programme> programmes = new ArrayList<>();

    @Embedded
    private CountryProgramme countryProgramme;

    @ElementCollection
    @CollectionTable(name = "office_programme_priority", joinColumns = @JoinColumn(name = "office_id"))
    @OrderColumn(name = "position")
    @Column(name = "priority", nullable = false, length = PRIORITY_LENGTH)
    private List<String> countryProgrammePriorities = new ArrayList<>();

    @Version
    @Column(name = "version")
    private long version;

    protected Office() {
    }

    public Office(String id, String name, String shortName, String timeZone) {
        this.id = Slugs.require(id, "office id");
        this.name = Objects.requireNonNull(name, "name");
        this.shortName = Objects.requireNonNull(shortName, "shortName");
        this.timeZone = validTimeZone(timeZone);
    }

    private static String validTimeZone(String candidate) {
        try {
            return ZoneId.of(Objects.requireNonNull(candidate, "timeZone")).getId();
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("unknown time zone '" + candidate + "'", e);
        }
    }

    /** A new name, short name or time zone for the same office (its id, in every address, stays). */
    public void rename(String newName, String newShortName, String newTimeZone) {
        this.name = Objects.requireNonNull(newName, "name");
        this.shortName = Objects.requireNonNull(newShortName, "shortName");
        this.timeZone = validTimeZone(newTimeZone);
    }

    public long version() {
        return version;
    }

    public void locate(String city, String address) {
        this.city = city;
        this.address = address;
    }

    public void recordHistory(Integer yearOpened, String history) {
        this.yearOpened = yearOpened;
        this.history = history;
    }

    /** Places this office under another one; an office can never end up above itself. */
    public void placeUnder(Office newParent) {
        for (Office above = newParent; above != null; above = above.parent) {
            if (above.id.equals(id)) {
                throw new IllegalArgumentException("office '" + id + "' cannot sit under '" + newParent.id
                        + "': that would make it its own parent");
            }
        }
        this.parent = newParent;
    }

    public void cover(List<Country> covered) {
        if (covered.stream().map(Country::id).distinct().count() != covered.size()) {
            throw new IllegalArgumentException("office '" + id + "' lists a country twice");
        }
        countries = new ArrayList<>(covered);
    }

    public void describe(List<Section> overview, List<String> areas) {
        sections = new ArrayList<>(overview);
        areasOfWork = new ArrayList<>(areas);
    }

    public void runProgrammes(List<Programme> current, CountryProgramme inForce, List<String> priorities) {
        if (inForce == null && !priorities.isEmpty()) {
            throw new IllegalArgumentException("office '" + id + "' has country programme priorities but no country programme");
        }
        programmes = new ArrayList<>(current);
        countryProgramme = inForce;
        countryProgrammePriorities = new ArrayList<>(priorities);
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String shortName() {
        return shortName;
    }

    public Optional<String> city() {
        return Optional.ofNullable(city);
    }

    public Optional<String> address() {
        return Optional.ofNullable(address);
    }

    public ZoneId timeZone() {
        return ZoneId.of(timeZone);
    }

    /** A moment as the office's clocks show it, in words: "7 March 2024, 10:00 Islamabad time". */
    public String timeInWords(Instant moment) {
        return DatesInWords.at(moment, timeZone(), city().orElse(shortName()));
    }

    public Optional<Integer> yearOpened() {
        return Optional.ofNullable(yearOpened);
    }

    public Optional<String> history() {
        return Optional.ofNullable(history);
    }

    public Optional<Office> parent() {
        return Optional.ofNullable(parent);
    }

    public List<Country> countries() {
        return List.copyOf(countries);
    }

    public List<Section> sections() {
        return List.copyOf(sections);
    }

    public List<String> areasOfWork() {
        return List.copyOf(areasOfWork);
    }

    public List<Programme> programmes() {
        return List.copyOf(programmes);
    }

    public Optional<CountryProgramme> countryProgramme() {
        return Optional.ofNullable(countryProgramme);
    }

    public List<String> countryProgrammePriorities() {
        return List.copyOf(countryProgrammePriorities);
    }
}
