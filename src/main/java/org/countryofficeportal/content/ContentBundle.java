package org.countryofficeportal.content;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.countryofficeportal.contact.Contact;
import org.countryofficeportal.contact.Phone;
import org.countryofficeportal.media.MediaCoverage;
import org.countryofficeportal.office.Country;
import org.countryofficeportal.office.CountryProgramme;
import org.countryofficeportal.office.Office;
import org.countryofficeportal.office.Organisation;
import org.countryofficeportal.office.Programme;
import org.countryofficeportal.office.ProgrammeStatus;
import org.countryofficeportal.office.Section;
import org.countryofficeportal.platform.Slugs;
import org.countryofficeportal.release.ReleaseStatus;
import org.countryofficeportal.release.Translation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The content bundle, format version 1: all content of an instance as one JSON document. The shipped seed
 * content is one, and admin export and import use the same format. The README documents it; these records
 * are its definition. Every list is optional and defaults to empty; references between items use ids and
 * slugs, never database keys.
 */
public record ContentBundle(
        String format,
        int formatVersion,
        Organisation organisation,
        List<Country> countries,
        List<Office> offices,
        List<Contact> contacts,
        List<Release> releases,
        List<MediaCoverage> mediaCoverage) {

    public static final String FORMAT = "country-office-portal/content-bundle";
    public static final int FORMAT_VERSION = 1;

    public ContentBundle {
        countries = orEmpty(countries);
        offices = orEmpty(offices);
        contacts = orEmpty(contacts);
        releases = orEmpty(releases);
        mediaCoverage = orEmpty(mediaCoverage);
    }

    static <T> List<T> orEmpty(List<T> items) {
        return items == null ? List.of() : List.copyOf(items);
    }

    /** An item of a bundle list, named in error messages by what identifies it. */
    interface Item {
        String label();
    }

    public record Section(
            @NotBlank @Size(max = 200) String heading,
            @NotBlank @Size(max = 100_000) String body) {
    }

    public record Organisation(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 40) String shortName,
            @NotNull @Min(1800) @Max(2200) Integer founded,
            @Min(1800) @Max(2200) Integer unSpecialisedAgencySince,
            @Size(max = 200) String headquarters,
            @NotNull @Min(1) Integer memberStates,
            @NotNull @PositiveOrZero Integer conventionsAndProtocols,
            @Size(max = 4000) String mission,
            List<@NotBlank @Size(max = 1000) String> strategicObjectives,
            @Size(max = 20_000) String tripartiteStructure,
            List<@NotNull @Valid Section> sections) implements Item {

        public Organisation {
            strategicObjectives = orEmpty(strategicObjectives);
            sections = orEmpty(sections);
        }

        @Override
        public String label() {
            return name;
        }
    }

    public record Country(
            @NotNull @Pattern(regexp = Slugs.PATTERN) @Size(max = 64) String id,
            @NotBlank @Size(max = 200) String name,
            @Min(1919) @Max(2200) Integer iloMemberSince,
            @PositiveOrZero Integer conventionsRatified,
            @PositiveOrZero Integer fundamentalConventionsRatified) implements Item {

        @Override
        public String label() {
            return id;
        }
    }

    public record Office(
            @NotNull @Pattern(regexp = Slugs.PATTERN) @Size(max = 64) String id,
            @NotBlank @Size(max = 300) String name,
            @NotBlank @Size(max = 60) String shortName,
            @Size(max = 100) String city,
            @Size(max = 1000) String address,
            @NotBlank @Size(max = 64) String timeZone,
            @Min(1919) @Max(2200) Integer yearOpened,
            @Size(max = 20_000) String history,
            String parent,
            List<@NotNull String> countries,
            List<@NotNull @Valid Section> sections,
            List<@NotBlank @Size(max = 300) String> areasOfWork,
            List<@NotNull @Valid Programme> programmes,
            @Valid CountryProgramme countryProgramme) implements Item {

        public Office {
            countries = orEmpty(countries);
            sections = orEmpty(sections);
            areasOfWork = orEmpty(areasOfWork);
            programmes = orEmpty(programmes);
        }

        @Override
        public String label() {
            return id;
        }
    }

    public record Programme(
            @NotBlank @Size(max = 300) String title,
            @NotNull ProgrammeStatus status,
            @Min(1919) @Max(2200) Integer fromYear,
            @Min(1919) @Max(2200) Integer toYear) {
    }

    public record CountryProgramme(
            @NotBlank @Size(max = 300) String title,
            @Min(1919) @Max(2200) Integer fromYear,
            @Min(1919) @Max(2200) Integer toYear,
            LocalDate signedOn,
            List<@NotBlank @Size(max = 1000) String> priorities) {

        public CountryProgramme {
            priorities = orEmpty(priorities);
        }
    }

    public record Contact(
            @NotNull String office,
            @Size(max = 20) String honorific,
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 300) String role,
            List<@NotNull @Valid Phone> phones,
            @Email @Size(max = 254) String email,
            List<@NotBlank @Size(max = 300) String> websites) implements Item {

        public Contact {
            phones = orEmpty(phones);
            websites = orEmpty(websites);
        }

        @Override
        public String label() {
            return name;
        }
    }

    public record Phone(
            @NotNull @Pattern(regexp = "\\+[0-9][0-9 ()./-]{4,38}") String number,
            @Pattern(regexp = "[0-9]{1,10}") String extension) {
    }

    public record Release(
            @NotNull @Pattern(regexp = Slugs.PATTERN) @Size(max = 100) String slug,
            @NotNull String office,
            @NotNull ReleaseStatus status,
            @NotNull OffsetDateTime published,
            @NotNull @Pattern(regexp = "[a-z]{2,3}") String language,
            @NotBlank @Size(max = 300) String title,
            @NotBlank @Size(max = 2000) String summary,
            @Size(max = 100_000) String body,
            @Size(max = 200) String imageCredit,
            List<@NotNull @Valid Translation> translations,
            @Valid ReleaseImage image) implements Item {

        public Release {
            translations = orEmpty(translations);
        }

        @Override
        public String label() {
            return slug;
        }
    }

    /** A release's image, its bytes in base64: a bundle carries everything of the content. */
    public record ReleaseImage(
            @NotNull @Pattern(regexp = "image/(jpeg|png|webp)") String mediaType,
            @NotBlank @Size(max = 300) String alt,
            @NotBlank String data) {
    }

    public record Translation(
            @NotNull @Pattern(regexp = "[a-z]{2,3}") String language,
            @NotBlank @Size(max = 300) String title,
            @NotBlank @Size(max = 2000) String summary,
            @Size(max = 100_000) String body) {
    }

    public record MediaCoverage(
            @NotNull @Pattern(regexp = Slugs.PATTERN) @Size(max = 100) String slug,
            @NotNull String office,
            String release,
            @NotBlank @Size(max = 200) String outlet,
            @Size(max = 100) String dateline,
            @NotNull OffsetDateTime published,
            @NotBlank @Size(max = 64) String timeZone,
            @NotBlank @Size(max = 300) String title,
            @NotBlank @Size(max = 100_000) String text) implements Item {

        @Override
        public String label() {
            return slug;
        }
    }
}
