package org.countryofficeportal.release;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import org.countryofficeportal.AsAdministrator;
import org.countryofficeportal.AsEditor;
import org.countryofficeportal.Deployments;
import org.countryofficeportal.IntegrationRun;
import org.countryofficeportal.TestClock;
import org.countryofficeportal.TestContent;
import org.countryofficeportal.account.AccountCommands;
import org.countryofficeportal.account.AccountService;
import org.countryofficeportal.office.Office;
import org.countryofficeportal.office.OfficeService;
import org.countryofficeportal.platform.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Latest-first keyset paging, visibility and translations of releases, in Payara Micro on a real database. */
@ExtendWith(ArquillianExtension.class)
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(IntegrationRun.PORTAL_PROCESSES)
class ReleaseServiceIT {

    private static final OffsetDateTime LONG_AGO = OffsetDateTime.of(2020, 1, 1, 9, 0, 0, 0, ZoneOffset.UTC);

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal(ReleaseServiceIT.class);
    }

    @EJB
    private ReleaseService releases;

    @EJB
    private OfficeService offices;

    @EJB
    private ReleaseEditing editing;

    @EJB
    private AsAdministrator asAdmin;

    @EJB
    private AsEditor asEditor;

    @EJB
    private AccountService accounts;

    @Test
    void keysetPagingVisitsEveryReleaseExactlyOnceInLatestFirstOrder() throws Exception {
        Office office = asAdmin.call(() -> offices.create(TestContent.office("keyset-test", "UTC")));
        // Five releases share each publication second: the id must break the ties.
        List<String> published = IntStream.range(0, 47)
                .mapToObj(i -> publish(office, "keyset-" + i, LONG_AGO.plusSeconds(i / 5)).slug())
                .toList();
        draft(office, "keyset-draft");
        publish(office, "keyset-future", OffsetDateTime.now().plusDays(30));

        List<PressRelease> visited = visitAll("keyset-test", 4, () -> { });

        assertEquals(Set.copyOf(published), slugsOnce(visited));
        for (int i = 1; i < visited.size(); i++) {
            ReleaseCursor before = visited.get(i - 1).cursor();
            ReleaseCursor after = visited.get(i).cursor();
            assertTrue(before.publishedAt().isAfter(after.publishedAt())
                    || before.publishedAt().equals(after.publishedAt()) && before.id() > after.id(), "latest first at " + i);
        }
    }

    @Test
    void pagingStaysExactWhileReleasesArePublished() throws Exception {
        Office office = asAdmin.call(() -> offices.create(TestContent.office("paging-live", "Asia/Karachi")));
        List<String> original = IntStream.range(0, 12)
                .mapToObj(i -> publish(office, "live-" + i, LONG_AGO.plusDays(i)).slug())
                .toList();
        List<String> addedMeanwhile = new ArrayList<>();

        List<PressRelease> visited = visitAll("paging-live", 5, () -> {
            String slug = "live-new-" + addedMeanwhile.size();
            publish(office, slug, OffsetDateTime.now().minusSeconds(1));
            addedMeanwhile.add(slug);
        });

        Set<String> seen = slugsOnce(visited);
        assertTrue(seen.containsAll(original), "no gap: " + seen);
        assertTrue(addedMeanwhile.size() >= 2, "releases were published between pages");
    }

    @Test
    void searchFindsTheReleasesInWhichEveryWordTypedBeginsAWord() throws Exception {
        Office office = asAdmin.call(() -> offices.create(TestContent.office("search-test", "UTC")));
        List<String> tiled = IntStream.range(0, 5)
                .mapToObj(i -> publish(office, "search-tiled-" + i, LONG_AGO.plusHours(i), "On tessellated floors", "<p>Tiles.</p>"))
                .map(PressRelease::slug)
                .collect(Collectors.toCollection(ArrayList::new));
        publish(office, "search-quarry", LONG_AGO.minusDays(1), "Quarrymen return to work",
                "<p>Employers and <strong>quarrymen</strong> agreed.</p>");

        assertEquals(List.of("search-quarry"), found("quarry"), "the beginning of a word");
        assertEquals(List.of(), found("arrymen"), "not a piece from inside a word");
        assertEquals(List.of("search-quarry"), found("QUARRY employ"), "every word, in any case");
        assertEquals(List.of(), found("quarry tessellated"), "every word, not any of them");
        assertEquals(List.of(), found("strong"), "markup is no word");
        Collections.reverse(tiled);
        assertEquals(tiled, found("tessellated"), "latest first");

        long version = asAdmin.call(() -> editing.find("search-quarry").orElseThrow().version());
        asAdmin.run(() -> editing.save(new ReleaseCommands.Save(new ReleaseCommands.Edited("search-quarry", version,
                new ReleaseText("Stonemasons return to work", "Quarrymen return to work", "<p>Agreed.</p>", null), null), null)));
        assertEquals(List.of(), found("employers"), "a word no longer there");
        assertEquals(List.of("search-quarry"), found("stonemason"), "a word just written");
    }

    @Test
    void draftsAndReleasesStillToComeAreNotPublicUntilTheirTime() throws Exception {
        Office office = asAdmin.call(() -> offices.create(TestContent.office("visibility-test", "UTC")));
        draft(office, "visibility-draft");
        // Far enough ahead that the checks below run before it, even on a loaded machine.
        PressRelease soon = publish(office, "visibility-soon", OffsetDateTime.now().plusHours(1));
        assertEquals(ReleaseStatus.SCHEDULED, soon.status());

        assertTrue(releases.findPublic("visibility-draft").isEmpty());
        assertTrue(releases.findPublic("visibility-soon").isEmpty());
        assertTrue(releases.latestPublic(ReleaseFilter.ofOffice("visibility-test"), Optional.empty(), 10).items().isEmpty());

        TestClock.advance(Duration.ofHours(1).plusMinutes(1));

        assertEquals(List.of("visibility-soon"), releases.latestPublic(ReleaseFilter.ofOffice("visibility-test"), Optional.empty(), 10)
                .items().stream().map(PressRelease::slug).toList());
        assertTrue(releases.findPublic("visibility-soon").isPresent());
        assertTrue(releases.findPublic("visibility-draft").isEmpty());
    }

    @Test
    void aReleaseWithAnUrduTranslationCarriesTheUrduMark() throws Exception {
        Office office = asAdmin.call(() -> offices.create(TestContent.office("urdu-test", "Asia/Karachi")));
        asAdmin.run(() -> {
            PressRelease release = editing.create(TestContent.draft(office.id(), "with-urdu", "Decent work for all", null));
            release = editing.translate(new ReleaseCommands.Translate("with-urdu", release.version(), "ur",
                    new TranslationText("سب کے لیے مناسب کام", "خلاصہ", "<p>متن</p>"), null));
            editing.schedule(TestContent.publishAt(release, LONG_AGO));
        });
        publish(office, "without-urdu", LONG_AGO);

        PressRelease stored = releases.findPublic("with-urdu").orElseThrow();

        assertEquals(List.of("en", "ur"), List.copyOf(stored.languages()));
        assertTrue(stored.isAvailableIn("ur"));
        assertEquals("سب کے لیے مناسب کام", stored.translation("ur").orElseThrow().title());
        assertEquals(List.of("en"), List.copyOf(releases.findPublic("without-urdu").orElseThrow().languages()));
    }

    @Test
    void everyWriteIsRefusedToAnonymousCallersAndAccountsToEditors() throws Exception {
        Office office = asAdmin.call(() -> offices.create(TestContent.office("secured-test", "UTC")));
        PressRelease release = publish(office, "secured-release", LONG_AGO);
        ReleaseCommands.Save save = new ReleaseCommands.Save(new ReleaseCommands.Edited("secured-release", release.version(),
                new ReleaseText("Changed", "Changed", null, null), null), null);

        assertThrows(EJBAccessException.class, () -> editing.save(save));
        assertThrows(EJBAccessException.class, () -> editing.create(TestContent.draft(office.id(), "anonymous-release", "Anonymous", null)));
        assertThrows(EJBAccessException.class, () -> editing.delete(new ReleaseCommands.Delete("secured-release", release.version(), null)));
        assertThrows(EJBAccessException.class, () -> offices.create(TestContent.office("anonymous-office", "UTC")));
        assertThrows(EJBAccessException.class, () -> accounts.create(new AccountCommands.Create("intruder", Role.ADMIN, null)));
        assertThrows(EJBAccessException.class, () -> asEditor.call(() -> accounts.create(new AccountCommands.Create("promoted", Role.ADMIN, null))));
        assertThrows(EJBAccessException.class, () -> asEditor.call(() -> accounts.all()));
        assertThrows(EJBAccessException.class, () -> asEditor.call(() -> offices.create(TestContent.office("editor-office", "UTC"))));

        assertEquals("Title of secured-release", releases.findPublic("secured-release").orElseThrow().title(), "nothing changed");
        asEditor.call(() -> editing.save(save));
        assertEquals("Changed", releases.findPublic("secured-release").orElseThrow().title(), "an editor writes releases");
    }

    @Test
    void pageSizeIsBounded() throws Exception {
        Office office = asAdmin.call(() -> offices.create(TestContent.office("bounded-test", "UTC")));
        IntStream.rangeClosed(0, ReleaseService.MAX_PAGE_SIZE).forEach(i -> publish(office, "bounded-" + i, LONG_AGO.plusMinutes(i)));

        assertThrows(EJBException.class, () -> releases.latestPublic(ReleaseFilter.ALL, Optional.empty(), 0));
        assertThrows(EJBException.class, () -> releases.latestPublic(ReleaseFilter.ALL, Optional.empty(), ReleaseService.MAX_PAGE_SIZE + 1));
        ReleasePage largest = releases.latestPublic(ReleaseFilter.ofOffice("bounded-test"), Optional.empty(), ReleaseService.MAX_PAGE_SIZE);
        assertEquals(ReleaseService.MAX_PAGE_SIZE, largest.items().size());
        assertTrue(largest.next().isPresent());
    }

    private List<PressRelease> visitAll(String office, int pageSize, Runnable betweenPages) {
        List<PressRelease> visited = new ArrayList<>();
        Optional<ReleaseCursor> cursor = Optional.empty();
        do {
            ReleasePage page = releases.latestPublic(ReleaseFilter.ofOffice(office), cursor.map(c -> ReleaseCursor.fromToken(c.token())), pageSize);
            assertTrue(page.items().size() <= pageSize);
            visited.addAll(page.items());
            cursor = page.next();
            betweenPages.run();
        } while (cursor.isPresent());
        return visited;
    }

    private static Set<String> slugsOnce(List<PressRelease> visited) {
        Set<String> slugs = new HashSet<>();
        visited.forEach(release -> assertTrue(slugs.add(release.slug()), "visited twice: " + release.slug()));
        return slugs;
    }

    private PressRelease publish(Office office, String slug, OffsetDateTime at) {
        return publish(office, slug, at, "Title of " + slug, null);
    }

    private PressRelease publish(Office office, String slug, OffsetDateTime at, String title, String body) {
        return asAdmin.supply(() -> editing.schedule(TestContent.publishAt(
                editing.create(TestContent.draft(office.id(), slug, title, body)), at)));
    }

    private List<String> found(String text) {
        ReleaseFilter filter = new ReleaseFilter(Optional.of("search-test"), Optional.of(text), Optional.empty());
        return releases.latestPublic(filter, Optional.empty(), ReleaseService.MAX_PAGE_SIZE).items().stream()
                .map(PressRelease::slug)
                .toList();
    }

    private void draft(Office office, String slug) {
        asAdmin.run(() -> editing.create(TestContent.draft(office.id(), slug, "Draft " + slug, null)));
    }
}
