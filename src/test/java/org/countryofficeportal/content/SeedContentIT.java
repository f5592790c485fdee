package org.countryofficeportal.content;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonPatch;
import org.countryofficeportal.AsAdministrator;
import org.countryofficeportal.Deployments;
import org.countryofficeportal.IntegrationRun;
import org.countryofficeportal.OpenSessions;
import org.countryofficeportal.PortalReset;
import org.countryofficeportal.contact.Contact;
import org.countryofficeportal.contact.ContactService;
import org.countryofficeportal.contact.Phone;
import org.countryofficeportal.media.MediaCoverage;
import org.countryofficeportal.media.MediaCoverageService;
import org.countryofficeportal.office.Country;
import org.countryofficeportal.office.Office;
import org.countryofficeportal.office.OfficeService;
import org.countryofficeportal.office.Organisation;
import org.countryofficeportal.office.ProgrammeStatus;
import org.countryofficeportal.release.PressRelease;
import org.countryofficeportal.release.ReleaseFilter;
import org.countryofficeportal.release.ReleasePage;
import org.countryofficeportal.release.ReleaseService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped seed content, imported on first start, and the refusal of bad bundles. Runs in Payara Micro. */
@ExtendWith(ArquillianExtension.class)
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(IntegrationRun.PORTAL_PROCESSES)
class SeedContentIT {

    /** Every seed release: date, title's start, image credit (null where the seed gives none), latest first. */
    private static final List<List<String>> SEED_RELEASES = List.of(
            List.of("2024-03-07", "Balochistan Officials Empowered", "© ILO 2024"),
            List.of("2024-02-20", "Pakistan launches National Coalition", "© ILO 2024"),
            List.of("2024-01-24", "ILO and EFP launch ‘Roadmap", "© ILO 2024"),
            List.of("2023-11-29", "ILO and EFP award 150", "© ILO 2024"),
            List.of("2023-11-06", "Empowering migrant workers", ""),
            List.of("2023-10-31", "Stakeholders validate evaluation", "© ILO 2024"),
            List.of("2023-10-05", "Pakistan advances towards ratifying Maritime", ""),
            List.of("2023-09-29", "New report evaluates Pakistan’s compliance", "© ILO 2024"),
            List.of("2023-09-25", "Employers’ Federation of Pakistan", ""),
            List.of("2023-09-14", "ILO forecasts Pakistan unemployment", "© Human Design Studios/ILO 2024"),
            List.of("2023-09-07", "Pakistan moving closer to ratifying Protocol 29", ""),
            List.of("2023-09-02", "ILO and All Pakistan Labour Federation", "© Shutterstock 2024"),
            List.of("2023-08-23", "ILO and Pakistan Workers’ Federation", "© Shutterstock 2024"),
            List.of("2023-07-20", "UNFPA and ILO strengthen collaboration", ""),
            List.of("2023-07-13", "ILO Country Office for Pakistan hosted", ""),
            List.of("2023-05-25", "The ILO Better Work Programme", ""),
            List.of("2023-05-18", "Strengthening bilateral labour migration", ""),
            List.of("2023-05-04", "Pakistan reaffirms its commitment", ""),
            List.of("2023-04-18", "ILO supports the Government of Pakistan’s", ""),
            List.of("2023-02-28", "Piloting national skills passport", ""));

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal(SeedContentIT.class, ContentRoundTrip.class, SimultaneousFirstStarts.class,
                PortalReset.class, OpenSessions.class);
    }

    @EJB
    private OfficeService offices;

    @EJB
    private ContactService contacts;

    @EJB
    private ReleaseService releases;

    @EJB
    private MediaCoverageService mediaCoverage;

    @EJB
    private ContentImporter importer;

    @EJB
    private AsAdministrator asAdmin;

    @EJB
    private ContentExporter exporter;

    @EJB
    private ContentRoundTrip roundTrip;

    @EJB
    private SimultaneousFirstStarts simultaneousFirstStarts;

    @EJB
    private PortalReset reset;

    @Inject
    private BundleReader bundleReader;

    @Test
    void allTwentyIslamabadReleasesArePublicLatestFirstWithTheirDatesAndCredits() {
        ReleasePage page = releases.latestPublic(ReleaseFilter.ofOffice("pakistan"), Optional.empty(), 100);

        assertEquals(SEED_RELEASES.size(), page.items().size());
        assertTrue(page.next().isEmpty());
        for (int i = 0; i < SEED_RELEASES.size(); i++) {
            PressRelease release = page.items().get(i);
            List<String> expected = SEED_RELEASES.get(i);
            assertEquals(LocalDate.parse(expected.get(0)), release.publishedAt().toLocalDate(), release.slug());
            assertTrue(release.title().startsWith(expected.get(1)), release.title());
            assertEquals(expected.get(2), release.imageCredit().orElse(""), release.slug());
            assertFalse(release.summary().isBlank(), release.slug());
            assertEquals("+05:00", release.publishedAt().getOffset().getId(), "shown in Islamabad's time");
            assertEquals("pakistan", release.office().id());
        }
        assertEquals(20, releases.countPublic());
    }

    @Test
    void instancesStartingTogetherOnANewDatabaseImportTheSeedOnceAndCreateOneAdministrator() {
        try {
            List<String> imports = simultaneousFirstStarts.importSeedIntoNewDatabase(3);
            // One imports; the others, in turn after it, find its content (never a half-written bundle or a taken key).
            assertEquals(2, Collections.frequency(imports, ContentAlreadyPresentException.class.getSimpleName()), imports.toString());
            assertTrue(imports.contains("3 offices, 11 countries, 1 contacts, 20 press releases, 1 media coverage items"),
                    imports.toString());
            assertEquals(3, offices.count());
            assertEquals(20, releases.countPublic());

            List<String> administrators = simultaneousFirstStarts.createFirstAdministrator(3, "simultaneous-first-start");
            assertEquals(2, Collections.frequency(administrators, SimultaneousFirstStarts.NOTHING), administrators.toString());
            assertTrue(administrators.contains("simultaneous-first-start"), administrators.toString());
        } finally {
            reset.toNewInstallation();
        }
    }

    @Test
    void noSeedReleaseIsMarkedAsAvailableInUrdu() {
        // The seed says some releases exist in Urdu but not which: none is marked rather than a guess.
        releases.latestPublic(ReleaseFilter.ALL, Optional.empty(), 100).items()
                .forEach(release -> assertEquals(List.of("en"), List.copyOf(release.languages()), release.slug()));
    }

    @Test
    void pakistanOfficeWithItsHistoryAreasOfWorkAndMemberStateFacts() {
        Office pakistan = offices.find("pakistan").orElseThrow();

        assertAll(
                () -> assertEquals("ILO Country Office for Pakistan", pakistan.name()),
                () -> assertEquals("CO-Islamabad", pakistan.shortName()),
                () -> assertEquals(Optional.of("Islamabad"), pakistan.city()),
                () -> assertEquals(Optional.of(1970), pakistan.yearOpened()),
                () -> assertTrue(pakistan.history().orElseThrow().contains("set up in 1970 in Karachi")),
                () -> assertTrue(pakistan.parent().isEmpty()),
                () -> assertEquals(2, pakistan.sections().size()),
                () -> assertEquals("One UN Reform Programme, “Delivering as One”", pakistan.sections().get(1).heading()),
                () -> assertEquals(8, pakistan.areasOfWork().size()),
                () -> assertEquals(new Country.MemberStateFacts(1947, 36, 8),
                        single(pakistan.countries()).memberStateFacts().orElseThrow()));
    }

    @Test
    void moscowOfficeCoversTenCountriesAndTajikistanSitsUnderIt() {
        Office moscow = offices.find("moscow").orElseThrow();
        Office tajikistan = offices.find("tajikistan").orElseThrow();

        assertAll(
                () -> assertEquals("DWT/CO-Moscow", moscow.shortName()),
                () -> assertEquals(Optional.of(1959), moscow.yearOpened()),
                () -> assertEquals(10, moscow.countries().size()),
                () -> assertTrue(moscow.countries().stream().map(Country::name).toList()
                        .containsAll(List.of("Russian Federation", "Tajikistan", "Uzbekistan", "Armenia"))),
                () -> assertEquals("moscow", tajikistan.parent().orElseThrow().id()),
                () -> assertEquals(new Country.MemberStateFacts(1993, 50, 8),
                        single(tajikistan.countries()).memberStateFacts().orElseThrow()),
                () -> assertEquals("Decent Work Country Program for 2015-2017", tajikistan.countryProgramme().orElseThrow().title()),
                () -> assertEquals(LocalDate.of(2015, 6, 24), tajikistan.countryProgramme().orElseThrow().signedOn()),
                () -> assertEquals(3, tajikistan.countryProgrammePriorities().size()),
                () -> assertTrue(tajikistan.countryProgrammePriorities().get(1).contains("returning labour migrants")),
                () -> assertEquals(5, tajikistan.programmes().stream().filter(p -> p.status() == ProgrammeStatus.IMPLEMENTED).count()),
                () -> assertEquals(3, tajikistan.programmes().stream().filter(p -> p.status() == ProgrammeStatus.ONGOING).count()),
                () -> assertEquals(9, tajikistan.areasOfWork().size()));
    }

    @Test
    void tajikistanContactWithPhonesExtensionAndEmail() {
        Contact coordinator = single(contacts.ofOffice("tajikistan"));

        assertAll(
                () -> assertEquals("Sobir Aminov", coordinator.name()),
                () -> assertEquals(Optional.of("Mr."), coordinator.honorific()),
                () -> assertEquals("ILO National Coordinator in Tajikistan", coordinator.role()),
                () -> assertEquals(Optional.of("aminov@ilo.org"), coordinator.email()),
                () -> assertEquals(List.of("+992 44 600-55-97", "+992 44 600-55-98"),
                        coordinator.phones().stream().map(Phone::number).toList()),
                () -> assertEquals(Optional.of("273"), coordinator.phones().get(0).extension()),
                () -> assertEquals("+992446005597;ext=273", coordinator.phones().get(0).dialable()),
                () -> assertEquals(List.of("www.ilo.org", "www.ilo.ru"), coordinator.websites()));
        assertTrue(contacts.ofOffice("pakistan").isEmpty(), "the seed names no contact person for Islamabad");
    }

    @Test
    void organisationFactsAreContent() {
        Organisation ilo = offices.organisation().orElseThrow();

        assertAll(
                () -> assertEquals(1919, ilo.founded()),
                () -> assertEquals(187, ilo.memberStates()),
                () -> assertEquals(190, ilo.conventionsAndProtocols()),
                () -> assertEquals(4, ilo.strategicObjectives().size()),
                () -> assertTrue(ilo.tripartiteStructure().orElseThrow().contains("tripartite structure")));
    }

    @Test
    void theAgencyArticleIsMediaCoverageOfTheIslamabadOffice() {
        MediaCoverage article = single(mediaCoverage.latestFirst());

        assertAll(
                () -> assertEquals("APP", article.outlet()),
                () -> assertEquals(Optional.of("ISLAMABAD"), article.dateline()),
                () -> assertEquals(OffsetDateTime.parse("2023-11-29T20:49:40+05:00"), article.published().toOffsetDateTime()),
                () -> assertEquals("Asia/Karachi", article.published().getZone().getId()),
                () -> assertTrue(article.title().startsWith("Pakistan, ILO to forge path")),
                () -> assertTrue(article.text().contains("national skills passport")),
                () -> assertEquals("pakistan", article.office().id()),
                () -> assertEquals("ilo-and-efp-award-150-national-skills-passports-to-aspiring-migrant-workers",
                        article.release().orElseThrow().slug()));
    }

    @Test
    void malformedJsonIsRejectedNamingFileAndPosition() {
        InvalidBundleException rejected = rejected("{\"format\": \"country-office-portal/content-bundle\",\n  \"releases\": [");

        assertTrue(rejected.getMessage().contains("broken.json"), rejected.getMessage());
        assertTrue(rejected.getMessage().contains("line 2"), rejected.getMessage());
    }

    @Test
    void aValueOfTheWrongFormIsRejectedNamingItemAndField() {
        InvalidBundleException rejected = rejected(seedPatchedWith(Json.createPatchBuilder()
                .replace("/releases/3/published", "29 November 2023").build()));

        BundleProblem problem = single(rejected.problems());
        assertEquals("broken.json", problem.file());
        assertEquals("releases[3] 'ilo-and-efp-award-150-national-skills-passports-to-aspiring-migrant-workers'", problem.item());
        assertEquals("published", problem.field());
    }

    @Test
    void constraintViolationsAreRejectedNamingEveryItemAndField() {
        InvalidBundleException rejected = rejected(seedPatchedWith(Json.createPatchBuilder()
                .replace("/releases/0/title", " ")
                .replace("/contacts/0/email", "not an address")
                .replace("/offices/2/countryProgramme/priorities/1", "")
                .add("/releases/1/translations", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("language", "UR").add("title", "t").add("summary", "s")).build())
                .build()));

        assertEquals(List.of(
                        "contacts[0] 'Sobir Aminov'/email",
                        "offices[2] 'tajikistan'/countryProgramme.priorities[1].<list element>",
                        "releases[0] 'balochistan-officials-empowered-against-forced-labor-and-human-trafficking'/title",
                        "releases[1] 'pakistan-launches-national-coalition-for-social-justice'/translations[0].language"),
                rejected.problems().stream().map(p -> p.item() + "/" + p.field()).sorted().toList());
    }

    @Test
    void inconsistentReferencesAndDuplicatesAreRejected() {
        InvalidBundleException rejected = rejected(seedPatchedWith(Json.createPatchBuilder()
                .replace("/releases/5/office", "karachi")
                .replace("/releases/6/slug", "pakistan-launches-national-coalition-for-social-justice")
                .replace("/offices/0/countries/0", "atlantis")
                .add("/offices/1/parent", "tajikistan")
                .add("/releases/7/subtitle", "not in the format")
                .build()));

        List<String> problems = rejected.problems().stream().map(BundleProblem::toString).toList();
        assertTrue(problems.contains("broken.json: releases[7] 'new-report-evaluates-pakistans-compliance-with-gsp-labour-standards-obligations':"
                + " field 'subtitle': is not a field of the bundle format"), problems::toString);
        rejected = rejected(seedPatchedWith(Json.createPatchBuilder()
                .replace("/releases/5/office", "karachi")
                .replace("/releases/6/slug", "pakistan-launches-national-coalition-for-social-justice")
                .replace("/offices/0/countries/0", "atlantis")
                .add("/offices/1/parent", "tajikistan")
                .build()));
        problems = rejected.problems().stream().map(p -> p.item().replaceAll(" .*", "") + "/" + p.field()).sorted().toList();
        assertEquals(List.of("offices[0]/countries[0]", "offices[1]/parent", "offices[2]/parent", "releases[5]/office", "releases[6]/slug"),
                problems);
    }

    @Test
    void anExportImportedIntoAnEmptyDatabaseGivesIdenticalContent() throws Exception {
        List<String> exports = roundTrip.exportEmptyImportExport();
        assertTrue(exports.get(0).contains("piloting-national-skills-passport-in-pakistan"), "the export has the content");
        assertTrue(exports.get(0).contains("\"mediaType\": \"image/png\""), "and the release's image");
        assertEquals(exports.get(0), exports.get(1));
        assertEquals(20, releases.countPublic(), "the round trip was rolled back");
    }

    @Test
    void onlyAnAdministratorExportsOrImports() {
        ContentBundle seed = bundleReader.read("seed-bundle.json", seedJson());
        assertThrows(EJBAccessException.class, () -> importer.importIntoEmptyInstance(new ContentImporter.Import("seed-bundle.json", seed, null)));
        assertThrows(EJBAccessException.class, () -> exporter.export());
    }

    @Test
    void aValidBundleIsNotImportedOverExistingContent() {
        ContentBundle seed = bundleReader.read("seed-bundle.json", seedJson());
        long before = releases.countPublic();

        assertThrows(ContentAlreadyPresentException.class, () -> asAdmin.run(() -> importer.importIntoEmptyInstance(new ContentImporter.Import("seed-bundle.json", seed, null))));
        assertEquals(before, releases.countPublic());
        assertEquals(3, offices.count());
    }

    private InvalidBundleException rejected(String json) {
        String contentBefore = contentFingerprint();
        InvalidBundleException rejected = assertThrows(InvalidBundleException.class, () -> {
            ContentBundle bundle = bundleReader.read("broken.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
            asAdmin.run(() -> importer.importIntoEmptyInstance(new ContentImporter.Import("broken.json", bundle, null)));
        });
        assertTrue(rejected.getMessage().startsWith("content bundle rejected, nothing imported"), rejected.getMessage());
        assertEquals(contentBefore, contentFingerprint(), "a rejected bundle leaves the database as it was");
        return rejected;
    }

    private String contentFingerprint() {
        return offices.count() + "/" + releases.countPublic() + "/" + contacts.ofOffice("tajikistan").size()
                + "/" + mediaCoverage.latestFirst().size();
    }

    private static String seedPatchedWith(JsonPatch patch) {
        try (var reader = Json.createReader(seedJson())) {
            JsonObject seed = reader.readObject();
            return patch.apply(seed).toString();
        }
    }

    private static InputStream seedJson() {
        return SeedContentIT.class.getClassLoader().getResourceAsStream(ShippedSeed.BUNDLE);
    }

    private static <T> T single(List<T> items) {
        assertEquals(1, items.size(), () -> "expected exactly one of " + items);
        return items.get(0);
    }
}
