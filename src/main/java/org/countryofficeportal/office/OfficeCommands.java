package org.countryofficeportal.office;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.countryofficeportal.platform.Command;
import org.countryofficeportal.platform.ItemKind;
import org.countryofficeportal.platform.PlausibleYear;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Every change to an office or a country, one record each, executed by one method of {@link OfficeService}. */
public final class OfficeCommands {

    private OfficeCommands() {
    }

    public record SectionText(
            @NotBlank(message = "Give every section a heading.")
            @Size(max = Section.HEADING_LENGTH, message = "A heading has at most {max} characters: shorten it.") String heading,
            @NotBlank(message = "Give every section a text.")
            @Size(max = Section.BODY_LENGTH, message = "A section has at most {max} characters: shorten it.") String body) {
    }

    public record ProgrammeText(
            @NotBlank(message = "Give every programme a title.")
            @Size(max = Programme.TITLE_LENGTH, message = "A programme's title has at most {max} characters: shorten it.") String title,
            @NotNull(message = "Say whether each programme is implemented or ongoing.") ProgrammeStatus status,
            @PlausibleYear Integer fromYear,
            @PlausibleYear Integer toYear) {
    }

    public record CountryProgrammeText(
            @NotBlank(message = "Give the country programme's title.")
            @Size(max = CountryProgramme.TITLE_LENGTH, message = "A title has at most {max} characters: shorten it.") String title,
            @PlausibleYear Integer fromYear,
            @PlausibleYear Integer toYear,
            LocalDate signedOn,
            List<@NotBlank @Size(max = Office.PRIORITY_LENGTH, message = "A priority has at most {max} characters: shorten it.") String> priorities) {
    }

    /** All an office's page says of it. */
    public record Description(
            @NotBlank(message = "Give the office's name.")
            @Size(max = Office.NAME_LENGTH, message = "A name has at most {max} characters: shorten it.") String name,
            @NotBlank(message = "Give the office's short name.")
            @Size(max = Office.SHORT_NAME_LENGTH, message = "A short name has at most {max} characters: shorten it.") String shortName,
            @Size(max = Office.CITY_LENGTH, message = "A city has at most {max} characters: shorten it.") String city,
            @Size(max = Office.ADDRESS_LENGTH, message = "An address has at most {max} characters: shorten it.") String address,
            @NotBlank(message = "Choose the office's time zone.") String timeZone,
            @PlausibleYear Integer yearOpened,
            @Size(max = Office.HISTORY_LENGTH, message = "A history has at most {max} characters: shorten it.") String history,
            String parent,
            @NotNull List<String> countries,
            @NotNull List<@Valid SectionText> sections,
            @NotNull List<@NotBlank @Size(max = Office.AREA_LENGTH, message = "An area of work has at most {max} characters: shorten it.") String> areasOfWork,
            @NotNull List<@Valid ProgrammeText> programmes,
            @Valid CountryProgrammeText countryProgramme) {
    }

    /** What the audit log says staff did to an office or a country. */
    public enum OfficeAction implements Command.Action {
        CREATED("created the office"),
        UPDATED("updated the office"),
        DELETED("deleted the office"),
        COUNTRY_SAVED("saved the country"),
        COUNTRY_DELETED("deleted the country"),
        ORGANISATION_DESCRIBED("described the organisation");

        private final String words;

        OfficeAction(String words) {
            this.words = words;
        }

        @Override
        public ItemKind kind() {
            return switch (this) {
                case COUNTRY_SAVED, COUNTRY_DELETED -> ItemKind.COUNTRY;
                case ORGANISATION_DESCRIBED -> ItemKind.CONTENT;
                default -> ItemKind.OFFICE;
            };
        }

        @Override
        public String words() {
            return words;
        }
    }

    public record Create(
            @NotBlank(message = "Give the office an id: lower-case words joined by hyphens.")
            @Size(max = Office.ID_LENGTH, message = "An id has at most {max} characters: shorten it.") String id,
            @NotNull @Valid Description description, UUID submission) implements Command<Office> {
        @Override
        public Audited audited(Office office) {
            return new Audited(OfficeAction.CREATED, office.id(), office.name());
        }
    }

    public record Update(@NotBlank String id, long version, @NotNull @Valid Description description, UUID submission)
            implements Command<Office> {
        @Override
        public Audited audited(Office office) {
            return new Audited(OfficeAction.UPDATED, office.id(), office.name());
        }
    }

    public record Delete(@NotBlank String id, long version, UUID submission) implements Command<String> {
        @Override
        public Audited audited(String name) {
            return new Audited(OfficeAction.DELETED, id, name);
        }
    }

    /** A new country ({@code version} empty) or a correction of one; member-state facts are all three or none. */
    public record SaveCountry(
            @NotBlank(message = "Give the country an id: lower-case words joined by hyphens, e.g. tajikistan.")
            @Size(max = Country.ID_LENGTH, message = "An id has at most {max} characters: shorten it.") String id,
            Long version,
            @NotBlank(message = "Give the country's name.")
            @Size(max = Country.NAME_LENGTH, message = "A name has at most {max} characters: shorten it.") String name,
            @PlausibleYear Integer memberSince,
            @Min(value = 0, message = "A number of conventions is 0 or more.")
            @Max(value = Country.MOST_CONVENTIONS, message = "There are not that many conventions: check the number.") Integer conventions,
            @Min(value = 0, message = "A number of conventions is 0 or more.")
            @Max(value = Country.MOST_CONVENTIONS, message = "There are not that many conventions: check the number.") Integer fundamentalConventions,
            UUID submission) implements Command<Country> {
        @Override
        public Audited audited(Country country) {
            return new Audited(OfficeAction.COUNTRY_SAVED, country.id(), country.name());
        }
    }

    public record DeleteCountry(@NotBlank String id, long version, UUID submission) implements Command<String> {
        @Override
        public Audited audited(String name) {
            return new Audited(OfficeAction.COUNTRY_DELETED, id, name);
        }
    }

    /** The organisation every office belongs to, as the content that comes with an instance describes it. */
    public record DescribeOrganisation(
            @NotBlank @Size(max = Organisation.NAME_LENGTH) String name,
            @NotBlank @Size(max = Organisation.SHORT_NAME_LENGTH) String shortName,
            @PlausibleYear int founded,
            @Min(1) int memberStates,
            @Min(0) int conventionsAndProtocols,
            @PlausibleYear Integer unSpecialisedAgencySince,
            @Size(max = Organisation.HEADQUARTERS_LENGTH) String headquarters,
            @Size(max = Organisation.MISSION_LENGTH) String mission,
            @Size(max = Organisation.TRIPARTITE_LENGTH) String tripartiteStructure,
            @NotNull List<@NotBlank @Size(max = Organisation.OBJECTIVE_LENGTH) String> strategicObjectives,
            @NotNull List<@Valid SectionText> sections,
            UUID submission) implements Command<Organisation> {
        @Override
        public Audited audited(Organisation organisation) {
            return new Audited(OfficeAction.ORGANISATION_DESCRIBED, organisation.shortName(), organisation.name());
        }
    }
}
