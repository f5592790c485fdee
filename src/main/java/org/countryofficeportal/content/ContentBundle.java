package org.countryofficeportal.content;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.countryofficeportal.office.ProgrammeStatus;
import org.countryofficeportal.platform.PlausibleYear;
import org.countryofficeportal.platform.Slugs;
import org.countryofficeportal.release.ReleaseStatus;

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
            @NotBlank @Size(max = org.countryofficeportal.office.Section.HEADING_LENGTH) String heading,
            @NotBlank @Size(max = org.countryofficeportal.office.Section.BODY_LENGTH) String body) {
    }

    public record Organisation(
            @NotBlank @Size(max = org.countryofficeportal.office.Organisation.NAME_LENGTH) String name,
            @NotBlank @Size(max = org.countryofficeportal.office.Organisation.SHORT_NAME_LENGTH) String shortName,
            @NotNull @PlausibleYear Integer founded,
            @PlausibleYear Integer unSpecialisedAgencySince,
            @Size(max = org.countryofficeportal.office.Organisation.HEADQUARTERS_LENGTH) String headquarters,
            @NotNull @Min(1) Integer memberStates,
            @NotNull @PositiveOrZero Integer conventionsAndProtocols,
            @Size(max = org.countryofficeportal.office.Organisation.MISSION_LENGTH) String mission,
            List<@NotBlank @Size(max = org.countryofficeportal.office.Organisation.OBJECTIVE_LENGTH) String> strategicObjectives,
            @Size(max = org.countryofficeportal.office.Organisation.TRIPARTITE_LENGTH) String tripartiteStructure,
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
            @NotNull @Pattern(regexp = Slugs.PATTERN) @Size(max = org.countryofficeportal.office.Country.ID_LENGTH) String id,
            @NotBlank @Size(max = org.countryofficeportal.office.Country.NAME_LENGTH) String name,
            @PlausibleYear Integer iloMemberSince,
            @PositiveOrZero Integer conventionsRatified,
            @PositiveOrZero Integer fundamentalConventionsRatified) implements Item {

        @Override
        public String label() {
            return id;
        }
    }

    public record Office(
            @NotNull @Pattern(regexp = Slugs.PATTERN) @Size(max = org.countryofficeportal.office.Office.ID_LENGTH) String id,
            @NotBlank @Size(max = org.countryofficeportal.office.Office.NAME_LENGTH) String name,
            @NotBlank @Size(max = org.countryofficeportal.office.Office.SHORT_NAME_LENGTH) String shortName,
            @Size(max = org.countryofficeportal.office.Office.CITY_LENGTH) String city,
            @Size(max = org.countryofficeportal.office.Office.ADDRESS_LENGTH) String address,
            @NotBlank @Size(max = org.countryofficeportal.office.Office.TIME_ZONE_LENGTH) String timeZone,
            @PlausibleYear Integer yearOpened,
            @Size(max = org.countryofficeportal.office.Office.HISTORY_LENGTH) String history,
            String parent,
            List<@NotNull String> countries,
            List<@NotNull @Valid Section> sections,
            List<@NotBlank @Size(max = org.countryofficeportal.office.Office.AREA_LENGTH) String> areasOfWork,
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
            @NotBlank @Size(max = org.countryofficeportal.office.Programme.TITLE_LENGTH) String title,
            @NotNull ProgrammeStatus status,
            @PlausibleYear Integer fromYear,
            @PlausibleYear Integer toYear) {
    }

    public record CountryProgramme(
            @NotBlank @Size(max = org.countryofficeportal.office.CountryProgramme.TITLE_LENGTH) String title,
            @PlausibleYear Integer fromYear,
            @PlausibleYear Integer toYear,
            LocalDate signedOn,
            List<@NotBlank @Size(max = org.countryofficeportal.office.Office.PRIORITY_LENGTH) String> priorities) {

        public CountryProgramme {
            priorities = orEmpty(priorities);
        }
    }

    public record Contact(
            @NotNull String office,
            @Size(max = org.countryofficeportal.contact.Contact.HONORIFIC_LENGTH) String honorific,
            @NotBlank @Size(max = org.countryofficeportal.contact.Contact.NAME_LENGTH) String name,
            @NotBlank @Size(max = org.countryofficeportal.contact.Contact.ROLE_LENGTH) String role,
            List<@NotNull @Valid Phone> phones,
            @Email @Size(max = org.countryofficeportal.contact.Contact.EMAIL_LENGTH) String email,
            List<@NotBlank @Size(max = org.countryofficeportal.contact.Contact.WEBSITE_LENGTH) String> websites) implements Item {

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
            @NotNull @Pattern(regexp = org.countryofficeportal.contact.Phone.NUMBER_PATTERN) String number,
            @Pattern(regexp = org.countryofficeportal.contact.Phone.EXTENSION_PATTERN) String extension) {
    }

    public record Release(
            @NotNull @Pattern(regexp = Slugs.PATTERN) @Size(max = org.countryofficeportal.release.PressRelease.SLUG_LENGTH) String slug,
            @NotNull String office,
            @NotNull ReleaseStatus status,
            @NotNull OffsetDateTime published,
            @NotNull @Pattern(regexp = "[a-z]{2,3}") String language,
            @NotBlank @Size(max = org.countryofficeportal.release.PressRelease.TITLE_LENGTH) String title,
            @NotBlank @Size(max = org.countryofficeportal.release.PressRelease.SUMMARY_LENGTH) String summary,
            @Size(max = org.countryofficeportal.release.PressRelease.BODY_LENGTH) String body,
            @Size(max = org.countryofficeportal.release.PressRelease.CREDIT_LENGTH) String imageCredit,
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
            @NotBlank @Size(max = org.countryofficeportal.image.Image.ALT_LENGTH) String alt,
            @NotBlank String data) {
    }

    public record Translation(
            @NotNull @Pattern(regexp = "[a-z]{2,3}") String language,
            @NotBlank @Size(max = org.countryofficeportal.release.PressRelease.TITLE_LENGTH) String title,
            @NotBlank @Size(max = org.countryofficeportal.release.PressRelease.SUMMARY_LENGTH) String summary,
            @Size(max = org.countryofficeportal.release.PressRelease.BODY_LENGTH) String body) {
    }

    public record MediaCoverage(
            @NotNull @Pattern(regexp = Slugs.PATTERN) @Size(max = org.countryofficeportal.media.MediaCoverage.SLUG_LENGTH) String slug,
            @NotNull String office,
            String release,
            @NotBlank @Size(max = org.countryofficeportal.media.MediaCoverage.OUTLET_LENGTH) String outlet,
            @Size(max = org.countryofficeportal.media.MediaCoverage.DATELINE_LENGTH) String dateline,
            @NotNull OffsetDateTime published,
            @NotBlank @Size(max = org.countryofficeportal.office.Office.TIME_ZONE_LENGTH) String timeZone,
            @NotBlank @Size(max = org.countryofficeportal.media.MediaCoverage.TITLE_LENGTH) String title,
            @NotBlank @Size(max = org.countryofficeportal.media.MediaCoverage.TEXT_LENGTH) String text) implements Item {

        @Override
        public String label() {
            return slug;
        }
    }
}
