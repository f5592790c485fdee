package org.countryofficeportal.office;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Facts about the ILO shown with every office. They are content, edited like the rest, so they live in the
 * database (one row) and not in code.
 */
@Entity
@Table(name = "organisation")
public class Organisation {

    static final int THE_ONLY_ID = 1;
    public static final int NAME_LENGTH = 200;
    public static final int SHORT_NAME_LENGTH = 40;
    public static final int HEADQUARTERS_LENGTH = 200;
    public static final int MISSION_LENGTH = 4000;
    public static final int TRIPARTITE_LENGTH = 20_000;
    public static final int OBJECTIVE_LENGTH = 1000;

    @Id
    @Column(name = "id")
    private int id = THE_ONLY_ID;

    @Column(name = "name", nullable = false, length = NAME_LENGTH)
    private String name;

    @Column(name = "short_name", nullable = false, length = SHORT_NAME_LENGTH)
    private String shortName;

    @Column(name = "founded", nullable = false)
    private int founded;

    @Column(name = "un_specialised_agency_since")
    private Integer unSpecialisedAgencySince;

    @Column(name = "headquarters", length = HEADQUARTERS_LENGTH)
    private String headquarters;

    @Column(name = "member_states", nullable = false)
    private int memberStates;

    @Column(name = "conventions_and_protocols", nullable = false)
    private int conventionsAndProtocols;

    @Column(name = "mission", length = MISSION_LENGTH)
    private String mission;

    @Column(name = "tripartite_structure", length = TRIPARTITE_LENGTH)
    private String tripartiteStructure;

    @ElementCollection
    @CollectionTable(name = "organisation_objective", joinColumns = @JoinColumn(name = "organisation_id"))
    @OrderColumn(name = "position")
    @Column(name = "objective", nullable = false, length = OBJECTIVE_LENGTH)
    private List<String> strategicObjectives = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "organisation_section", joinColumns = @JoinColumn(name = "organisation_id"))
    @OrderColumn(name = "position")
    private List<Section> sections = new ArrayList<>();

    @Version
    @Column(name = "version")
    private long version;

    protected Organisation() {
    }

    public Organisation(String name, String shortName, int founded, int memberStates, int conventionsAndProtocols) {
        this.name = Objects.requireNonNull(name, "name");
        this.shortName = Objects.requireNonNull(shortName, "shortName");
        if (memberStates < 1 || conventionsAndProtocols < 0) {
            throw new IllegalArgumentException("member States must be positive and conventions not negative");
        }
        this.founded = founded;
        this.memberStates = memberStates;
        this.conventionsAndProtocols = conventionsAndProtocols;
    }

    public void describe(Integer unSpecialisedAgencySince, String headquarters, String mission,
                         String tripartiteStructure, List<String> objectives, List<Section> about) {
        this.unSpecialisedAgencySince = unSpecialisedAgencySince;
        this.headquarters = headquarters;
        this.mission = mission;
        this.tripartiteStructure = tripartiteStructure;
        this.strategicObjectives = new ArrayList<>(objectives);
        this.sections = new ArrayList<>(about);
    }

    public String name() {
        return name;
    }

    public String shortName() {
        return shortName;
    }

    public int founded() {
        return founded;
    }

    public Optional<Integer> unSpecialisedAgencySince() {
        return Optional.ofNullable(unSpecialisedAgencySince);
    }

    public Optional<String> headquarters() {
        return Optional.ofNullable(headquarters);
    }

    public int memberStates() {
        return memberStates;
    }

    public int conventionsAndProtocols() {
        return conventionsAndProtocols;
    }

    public Optional<String> mission() {
        return Optional.ofNullable(mission);
    }

    public Optional<String> tripartiteStructure() {
        return Optional.ofNullable(tripartiteStructure);
    }

    public List<String> strategicObjectives() {
        return List.copyOf(strategicObjectives);
    }

    public List<Section> sections() {
        return List.copyOf(sections);
    }
}
