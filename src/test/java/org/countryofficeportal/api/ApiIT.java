package org.countryofficeportal.api;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.countryofficeportal.SharedPortal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xml.sax.InputSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import static org.countryofficeportal.api.PortalHttp.encode;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The mobile JSON API v1 and the Atom feeds over real HTTP, against the WAR in Payara Micro. Every response these
 * tests receive from the API and the feeds must also keep the contract the portal serves at /openapi.
 */
@ExtendWith(SharedPortal.class)
class ApiIT {

    private static final List<String> EVERY_RESOURCE = List.of("/api/v1/offices", "/api/v1/offices/pakistan",
            "/api/v1/offices/tajikistan/contacts", "/api/v1/offices/pakistan/releases", "/api/v1/releases",
            "/api/v1/releases/piloting-national-skills-passport-in-pakistan", "/api/v1/releases/changes",
            "/api/v1/media", "/feed/releases.atom", "/feed/offices/pakistan/releases.atom");

    private final URL base = SharedPortal.base();

    private final PortalHttp portal = new PortalHttp(() -> base);

    @Test
    void officesListEveryOfficeWithItsParent() throws Exception {
        JsonArray offices = json("/api/v1/offices").getJsonArray("items");

        assertEquals(List.of("moscow", "pakistan", "tajikistan"), strings(offices, "id"));
        JsonObject pakistan = offices.getJsonObject(1);
        assertEquals("ILO Country Office for Pakistan", pakistan.getString("name"));
        assertEquals("CO-Islamabad", pakistan.getString("shortName"));
        assertEquals("Islamabad", pakistan.getString("city"));
        assertEquals(10, offices.getJsonObject(0).getJsonArray("countries").size());
        assertEquals("moscow", offices.getJsonObject(2).getString("parent"));
    }

    @Test
    void theOfficeHomeScreenComesInOneResponse() throws Exception {
        JsonObject home = json("/api/v1/offices/pakistan");

        assertEquals("CO-Islamabad", home.getJsonObject("office").getString("shortName"));
        JsonObject overview = home.getJsonObject("overview");
        assertEquals(1970, overview.getInt("yearOpened"));
        assertEquals(8, overview.getJsonArray("areasOfWork").size());
        JsonObject pakistan = overview.getJsonArray("memberStates").getJsonObject(0);
        assertEquals(List.of(1947, 36, 8), List.of(pakistan.getInt("memberSince"), pakistan.getInt("conventionsRatified"),
                pakistan.getInt("fundamentalConventionsRatified")));
        JsonObject ilo = home.getJsonObject("organisation");
        assertEquals(List.of(1919, 187, 190), List.of(ilo.getInt("founded"), ilo.getInt("memberStates"), ilo.getInt("conventionsAndProtocols")));
        assertEquals(4, ilo.getJsonArray("strategicObjectives").size());
        JsonArray latest = home.getJsonArray("latestReleases");
        assertEquals(5, latest.size());
        assertEquals("balochistan-officials-empowered-against-forced-labor-and-human-trafficking", latest.getJsonObject(0).getString("slug"));
        assertEquals("/api/v1/offices/pakistan/releases", home.getJsonObject("office").getJsonObject("links").getString("releases"));

        JsonObject tajikistan = json("/api/v1/offices/tajikistan");
        assertEquals(List.of("Strengthening capacities of tripartite constituents to address priority labour issues through social dialogue",
                        "Promoting decent employment opportunities for men and women including returning labour migrants",
                        "Improving working conditions and enhancing the coverage of social protection"),
                strings(tajikistan.getJsonObject("overview").getJsonObject("countryProgramme").getJsonArray("priorities")));
        assertEquals("Sobir Aminov", tajikistan.getJsonArray("contacts").getJsonObject(0).getString("name"));
    }

    @Test
    void contactsCarryPhonesWithExtensionsAsTelLinks() throws Exception {
        JsonObject aminov = json("/api/v1/offices/tajikistan/contacts").getJsonArray("items").getJsonObject(0);

        assertEquals("ILO National Coordinator in Tajikistan", aminov.getString("role"));
        assertEquals("aminov@ilo.org", aminov.getString("email"));
        JsonObject phone = aminov.getJsonArray("phones").getJsonObject(0);
        assertEquals("273", phone.getString("extension"));
        assertEquals("tel:+992446005597;ext=273", phone.getString("tel"));
        assertEquals(404, portal.get("/api/v1/offices/atlantis/contacts").statusCode());
    }

    @Test
    void releasesComeLatestFirstInTheContractShape() throws Exception {
        JsonObject page = json("/api/v1/offices/pakistan/releases");
        JsonArray items = page.getJsonArray("items");

        assertEquals(20, items.size());
        assertEquals(JsonValue.NULL, page.get("next"), "the 20 seed releases fit the default page");
        JsonObject first = items.getJsonObject(0);
        for (String field : List.of("id", "slug", "office", "title", "summary", "published", "imageCredit", "language", "languages", "links")) {
            assertTrue(first.containsKey(field), field);
        }
        assertEquals("2024-03-07T00:00:00+05:00", first.getString("published"));
        assertEquals("© ILO 2024", first.getString("imageCredit"));
        List<OffsetDateTime> published = items.getValuesAs(JsonObject.class).stream()
                .map(item -> OffsetDateTime.parse(item.getString("published"))).toList();
        for (int i = 1; i < published.size(); i++) {
            assertTrue(published.get(i - 1).isAfter(published.get(i)), "latest first at " + i);
        }
        assertEquals(3, json("/api/v1/offices/pakistan/releases?year=2024").getJsonArray("items").size());
        assertEquals(17, json("/api/v1/offices/pakistan/releases?year=2023").getJsonArray("items").size());
        assertEquals(Set.of("ilo-and-efp-award-150-national-skills-passports-to-aspiring-migrant-workers",
                        "empowering-migrant-workers-through-the-national-skills-passport-initiative",
                        "piloting-national-skills-passport-in-pakistan"),
                Set.copyOf(strings(json("/api/v1/releases?q=" + encode("Skills Passport")).getJsonArray("items"), "slug")));
    }

    @Test
    void pagingToTheEndHasNoDuplicateOrGapWhileReleasesArePublished() throws Exception {
        portal.post("/test-fixtures/offices?id=api-paging");
        List<String> original = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            String slug = "api-paging-" + i;
            portal.post("/test-fixtures/releases?office=api-paging&slug=" + slug + "&published=" + encode("2021-01-01T10:00:00Z"));
            original.add(slug);
        }
        Set<String> seen = new HashSet<>();
        String next = null;
        int pages = 0;
        do {
            JsonObject page = json("/api/v1/offices/api-paging/releases?limit=5" + (next == null ? "" : "&cursor=" + next));
            for (String slug : strings(page.getJsonArray("items"), "slug")) {
                assertTrue(seen.add(slug), "seen twice: " + slug);
            }
            portal.post("/test-fixtures/releases?office=api-paging&slug=api-paging-new-" + pages + "&published="
                    + encode(OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(5).toString()));
            next = page.isNull("next") ? null : page.getString("next");
            pages++;
        } while (next != null);

        assertTrue(seen.containsAll(original), "every release of the office seen: " + seen);
        assertEquals(5, pages);
    }

    @Test
    void aReleaseInFullByIdOrSlugAndUrduWhereItExists() throws Exception {
        portal.post("/test-fixtures/offices?id=api-urdu");
        portal.post("/test-fixtures/releases?office=api-urdu&slug=api-with-urdu&published=" + encode("2022-05-01T09:00:00+05:00")
                + "&urduTitle=" + encode("سب کے لیے مناسب کام"));

        JsonObject english = json("/api/v1/releases/api-with-urdu");
        assertEquals("Title of api-with-urdu", english.getString("title"));
        assertEquals("<p>Body of api-with-urdu</p>", english.getString("body"));
        assertEquals("en", english.getString("language"));
        assertEquals(List.of("en", "ur"), strings(english.getJsonArray("languages")));
        assertEquals("ur", english.getJsonArray("translations").getJsonObject(0).getString("language"));
        assertEquals(english, json("/api/v1/releases/" + english.getInt("id")), "the same release by id");

        JsonObject urdu = json("/api/v1/releases/api-with-urdu?lang=ur");
        assertEquals("سب کے لیے مناسب کام", urdu.getString("title"));
        assertEquals("ur", urdu.getString("language"));
        HttpResponse<byte[]> byHeader = portal.get("/api/v1/releases/api-with-urdu", "Accept-Language", "ur-PK, en;q=0.5");
        assertEquals("ur", read(byHeader).getString("language"));
        assertTrue(byHeader.headers().firstValue("Vary").orElse("").contains("Accept-Language"));
        assertEquals("en", json("/api/v1/releases/api-with-urdu?lang=ru").getString("language"), "falls back to English");
        assertEquals("ur", json("/api/v1/offices/api-urdu/releases?lang=ur").getJsonArray("items").getJsonObject(0).getString("language"));
    }

    @Test
    void aReleasesImageComesInRenditionsThatAPhoneDownloadsInsteadOfTheOriginal() throws Exception {
        portal.post("/test-fixtures/offices?id=api-images");
        portal.post("/test-fixtures/releases?office=api-images&slug=api-illustrated&published=" + encode("2022-06-01T09:00:00Z"));
        portal.post("/test-fixtures/releases/api-illustrated/image?width=2400");

        JsonObject image = json("/api/v1/releases/api-illustrated").getJsonObject("image");
        assertEquals(2400, image.getInt("width"));
        HttpResponse<byte[]> original = portal.get(image.getString("href"));
        assertEquals(200, original.statusCode());
        JsonArray renditions = image.getJsonArray("renditions");
        assertEquals(List.of(480, 960, 1600), renditions.getValuesAs(JsonObject.class).stream().map(r -> r.getInt("width")).toList());
        String page = text("/releases/api-illustrated");
        for (JsonObject rendition : renditions.getValuesAs(JsonObject.class)) {
            String href = rendition.getString("href");
            assertTrue(page.contains(href + " " + rendition.getInt("width") + "w"), href + " in the page's srcset");
            HttpResponse<byte[]> served = portal.get(href);
            assertEquals(200, served.statusCode(), href);
            assertEquals("image/jpeg", served.headers().firstValue("Content-Type").orElse(""));
            assertEquals("public, max-age=31536000, immutable", served.headers().firstValue("Cache-Control").orElse(""));
            var picture = javax.imageio.ImageIO.read(new ByteArrayInputStream(served.body()));
            assertEquals(rendition.getInt("width"), picture.getWidth(), href);
            assertEquals(rendition.getInt("height"), picture.getHeight(), href);
            assertTrue(served.body().length < original.body().length, href + " is smaller than the original");
            assertArrayEquals(served.body(), portal.get(href).body(), "the kept rendition is served again");
            String etag = served.headers().firstValue("ETag").orElseThrow();
            assertEquals(304, portal.get(href, "If-None-Match", etag).statusCode());
        }
        assertFalse(page.contains(image.getString("href")), "the page never sends a browser the original");
        String notOffered = renditions.getJsonObject(0).getString("href").replace("-480w.", "-700w.");
        assertEquals(404, portal.get(notOffered).statusCode(), "only the widths offered are made");
    }

    @Test
    void draftsAndScheduledReleasesNeverLeak() throws Exception {
        portal.post("/test-fixtures/offices?id=api-hidden");
        portal.post("/test-fixtures/releases?office=api-hidden&slug=api-draft");
        portal.post("/test-fixtures/releases?office=api-hidden&slug=api-scheduled&published=" + encode(OffsetDateTime.now().plusDays(3).toString()));

        for (String slug : List.of("api-draft", "api-scheduled")) {
            assertEquals(404, portal.get("/api/v1/releases/" + slug).statusCode(), slug);
            assertFalse(text("/api/v1/releases/changes").contains(slug), slug);
            assertFalse(text("/api/v1/releases?limit=100").contains(slug), slug);
            assertFalse(text("/feed/offices/api-hidden/releases.atom").contains(slug), slug);
            assertFalse(text("/api/v1/offices/api-hidden").contains(slug), slug);
        }
    }

    @Test
    void deltaSyncCarriesUpdatesDeletionsAndReleasesThatCameDue() throws Exception {
        portal.post("/test-fixtures/offices?id=api-sync");
        for (String slug : List.of("api-sync-edited", "api-sync-deleted", "api-sync-unpublished")) {
            portal.post("/test-fixtures/releases?office=api-sync&slug=" + slug + "&published=" + encode("2022-01-01T00:00:00Z"));
        }
        JsonObject everything = json("/api/v1/releases/changes");
        assertTrue(strings(everything.getJsonArray("changed"), "slug").containsAll(
                List.of("api-sync-edited", "api-sync-deleted", "piloting-national-skills-passport-in-pakistan")));
        String token = everything.getString("next");
        assertEquals(everything, json("/api/v1/releases/changes"), "unchanged content, unchanged answer");

        portal.post("/test-fixtures/releases/api-sync-edited/title?value=" + encode("Edited title"));
        portal.delete("/test-fixtures/releases/api-sync-deleted");
        portal.post("/test-fixtures/releases/api-sync-unpublished/unpublish");
        portal.post("/test-fixtures/releases?office=api-sync&slug=api-sync-due&published="
                + encode(OffsetDateTime.now(ZoneOffset.UTC).plusHours(1).toString()));

        JsonObject changes = json("/api/v1/releases/changes?since=" + token);
        List<JsonObject> changed = changes.getJsonArray("changed").getValuesAs(JsonObject.class);
        assertEquals(List.of("Edited title"), changed.stream().filter(release -> release.getString("office").equals("api-sync"))
                .map(release -> release.getString("title")).toList());
        assertTrue(changed.size() < everything.getJsonArray("changed").size(), "a delta, not everything again");
        assertEquals(Set.of("api-sync-deleted", "api-sync-unpublished"), Set.copyOf(strings(changes.getJsonArray("deleted"), "slug")));

        portal.post("/test-fixtures/clock?by=PT1H1M");
        JsonObject later = json("/api/v1/releases/changes?since=" + token);
        assertTrue(strings(later.getJsonArray("changed"), "slug").contains("api-sync-due"), later::toString);
        assertEquals(400, portal.get("/api/v1/releases/changes?since=yesterday").statusCode());
    }

    @Test
    void everyResourceHasValidatorsAndAnswersRevalidationWith304() throws Exception {
        for (String path : EVERY_RESOURCE) {
            HttpResponse<byte[]> full = portal.get(path);
            assertEquals(200, full.statusCode(), path);
            String etag = full.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag on " + path));
            assertTrue(etag.startsWith("\""), "a strong ETag on " + path);
            String lastModified = full.headers().firstValue("Last-Modified").orElseThrow();
            String cacheControl = full.headers().firstValue("Cache-Control").orElseThrow();
            assertTrue(cacheControl.contains("public") && cacheControl.contains("max-age=") && cacheControl.contains("stale-while-revalidate="),
                    path + ": " + cacheControl);
            assertTrue(cacheControl.contains("s-maxage=1"), path + ": a shared cache keeps it a second, as an instance does: " + cacheControl);
            assertEquals("*", full.headers().firstValue("Access-Control-Allow-Origin").orElse(""), path);

            HttpResponse<byte[]> unchanged = portal.get(path, "If-None-Match", etag);
            assertEquals(304, unchanged.statusCode(), path);
            assertEquals(0, unchanged.body().length, path);
            assertEquals(etag, unchanged.headers().firstValue("ETag").orElse(""), path);
            assertEquals(304, portal.get(path, "If-Modified-Since", lastModified).statusCode(), path);
            assertEquals(200, portal.get(path, "If-None-Match", "\"something-else\"").statusCode(), path);
        }
    }

    @Test
    void anEditChangesTheETag() throws Exception {
        portal.post("/test-fixtures/offices?id=api-etag");
        portal.post("/test-fixtures/releases?office=api-etag&slug=api-etag-release&published=" + encode("2022-02-02T00:00:00Z"));
        List<String> paths = List.of("/api/v1/releases/api-etag-release", "/api/v1/offices/api-etag", "/api/v1/offices/api-etag/releases");
        List<String> before = new ArrayList<>();
        for (String path : paths) {
            before.add(portal.get(path).headers().firstValue("ETag").orElseThrow());
        }

        portal.post("/test-fixtures/releases/api-etag-release/title?value=" + encode("A new title"));

        for (int i = 0; i < paths.size(); i++) {
            HttpResponse<byte[]> after = portal.get(paths.get(i), "If-None-Match", before.get(i));
            assertEquals(200, after.statusCode(), paths.get(i));
            assertNotEquals(before.get(i), after.headers().firstValue("ETag").orElseThrow(), paths.get(i));
            assertTrue(new String(after.body(), StandardCharsets.UTF_8).contains("A new title"), paths.get(i));
        }
    }

    @Test
    void responsesAreGzippedForClientsThatAcceptIt() throws Exception {
        HttpResponse<byte[]> plain = portal.get("/api/v1/releases?limit=20");
        HttpResponse<byte[]> gzipped = portal.get("/api/v1/releases?limit=20", "Accept-Encoding", "gzip, deflate");

        assertEquals("gzip", gzipped.headers().firstValue("Content-Encoding").orElse(""));
        assertArrayEquals(plain.body(), new GZIPInputStream(new ByteArrayInputStream(gzipped.body())).readAllBytes());
        assertTrue(gzipped.body().length < 6 * 1024, "a gzipped page of 20 is " + gzipped.body().length + " bytes");
        assertNotEquals(plain.headers().firstValue("ETag"), gzipped.headers().firstValue("ETag"), "each encoding has its own strong ETag");
        assertTrue(gzipped.headers().firstValue("Vary").orElse("").contains("Accept-Encoding"));
        assertEquals(304, portal.get("/api/v1/releases?limit=20", "Accept-Encoding", "gzip", "If-None-Match",
                gzipped.headers().firstValue("ETag").orElseThrow()).statusCode());
        assertFalse(portal.get("/api/v1/releases?limit=20", "Accept-Encoding", "gzip;q=0").headers().firstValue("Content-Encoding").isPresent());
    }

    @Test
    void badInputGetsAProblemNamingTheParameterNeverA500() throws Exception {
        List<List<String>> cases = List.of(
                List.of("/api/v1/releases?limit=0", "limit"), List.of("/api/v1/releases?limit=101", "limit"),
                List.of("/api/v1/releases?limit=ten", "limit"), List.of("/api/v1/releases?cursor=not-a-cursor", "cursor"),
                List.of("/api/v1/releases?lang=xx", "lang"), List.of("/api/v1/releases?lang=" + encode("<script>"), "lang"),
                List.of("/api/v1/releases?year=20x4", "year"), List.of("/api/v1/releases?year=99999999999", "year"),
                List.of("/api/v1/releases?q=a", "q"), List.of("/api/v1/releases?q=" + "x".repeat(101), "q"),
                List.of("/api/v1/releases/changes?since=" + encode("%%%"), "since"),
                List.of("/api/v1/offices/pakistan/releases?cursor=MTcwOTc0OTYwMA", "cursor"),
                List.of("/api/v1/offices/pakistan?lang=english", "lang"));
        for (List<String> bad : cases) {
            HttpResponse<byte[]> response = portal.get(bad.get(0));
            assertProblem(response, 400, bad.get(0));
            assertEquals(bad.get(1), read(response).getString("parameter"), bad.get(0));
        }
        assertProblem(portal.get("/api/v1/offices/atlantis"), 404, "unknown office");
        assertProblem(portal.get("/api/v1/offices/atlantis/releases"), 404, "unknown office's releases");
        assertProblem(portal.get("/api/v1/releases/no-such-release"), 404, "unknown release");
        assertProblem(portal.get("/api/v1/releases/99999999999999999999"), 404, "an id past every id");
        assertProblem(portal.get("/api/v1/not-a-resource"), 404, "unknown resource");
        assertProblem(portal.get("/feed/offices/atlantis/releases.atom"), 404, "unknown office's feed");
        HttpResponse<byte[]> post = portal.send(HttpRequest.newBuilder(portal.uri("/api/v1/releases")).POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertProblem(post, 405, "POST");
        assertTrue(post.headers().firstValue("Allow").orElse("").contains("GET"));
        assertProblem(portal.send(HttpRequest.newBuilder(portal.uri("/api/v1/offices")).DELETE()), 405, "DELETE");
        assertProblem(portal.get("/api/v1/releases", "Accept", "text/html"), 406, "Accept text/html");
    }

    @Test
    void crossOriginReadsAreAllowed() throws Exception {
        HttpResponse<byte[]> preflight = portal.send(HttpRequest.newBuilder(portal.uri("/api/v1/releases"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://app.example").header("Access-Control-Request-Method", "GET"));

        assertTrue(preflight.statusCode() < 300, "preflight answered " + preflight.statusCode());
        assertEquals("*", preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("GET"));
        assertTrue(preflight.headers().firstValue("Access-Control-Expose-Headers").orElse("").contains("ETag"));
    }

    @Test
    void mediaCoverageLinksToItsRelease() throws Exception {
        JsonObject article = json("/api/v1/media").getJsonArray("items").getJsonObject(0);

        assertEquals("APP", article.getString("outlet"));
        assertEquals("2023-11-29T20:49:40+05:00", article.getString("published"));
        assertEquals("Asia/Karachi", article.getString("timeZone"));
        assertEquals("/api/v1/releases/ilo-and-efp-award-150-national-skills-passports-to-aspiring-migrant-workers",
                article.getJsonObject("links").getString("release"));
    }

    @Test
    void feedsAreValidAtomLatestFirst() throws Exception {
        for (String path : List.of("/feed/releases.atom", "/feed/offices/pakistan/releases.atom")) {
            HttpResponse<byte[]> response = portal.get(path);
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"), path);
            Feed feed = (Feed) new WireFeedInput(true, Locale.ROOT)
                    .build(new InputSource(new StringReader(new String(response.body(), StandardCharsets.UTF_8))));

            assertEquals("atom_1.0", feed.getFeedType());
            assertTrue(feed.getId().startsWith("urn:uuid:"), path);
            assertTrue(feed.getOtherLinks().stream().anyMatch(link -> "self".equals(link.getRel())
                    && link.getHref().endsWith(path)), path);
            List<Entry> entries = feed.getEntries();
            assertEquals(20, entries.size(), path);
            for (int i = 1; i < entries.size(); i++) {
                assertFalse(entries.get(i - 1).getPublished().before(entries.get(i).getPublished()), path + " latest first at " + i);
            }
            for (Entry entry : entries) {
                assertTrue(entry.getId().startsWith("urn:uuid:") && entry.getUpdated() != null && !entry.getAuthors().isEmpty(), path);
            }
        }
        Feed pakistan = (Feed) new WireFeedInput().build(new InputSource(new StringReader(text("/feed/offices/pakistan/releases.atom"))));
        assertEquals("Balochistan Officials Empowered Against Forced Labor and Human Trafficking", pakistan.getEntries().get(0).getTitle());
    }

    private void assertProblem(HttpResponse<byte[]> response, int status, String what) {
        assertEquals(status, response.statusCode(), what);
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""), what);
        JsonObject problem = read(response);
        assertEquals(status, problem.getInt("status"), what);
        assertFalse(problem.getString("detail").isBlank(), what);
        assertFalse(new String(response.body(), StandardCharsets.UTF_8).contains("Exception"), what + ": no internals");
    }

    private JsonObject json(String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = portal.get(path);
        assertEquals(200, response.statusCode(), () -> path + ": " + new String(response.body(), StandardCharsets.UTF_8));
        return read(response);
    }

    private String text(String path) throws IOException, InterruptedException {
        return new String(portal.get(path).body(), StandardCharsets.UTF_8);
    }

    private static JsonObject read(HttpResponse<byte[]> response) {
        try (var reader = Json.createReader(new ByteArrayInputStream(response.body()))) {
            return reader.readObject();
        }
    }

    private static List<String> strings(JsonArray items, String field) {
        return items.getValuesAs(JsonObject.class).stream().map(item -> item.getString(field)).toList();
    }

    private static List<String> strings(JsonArray values) {
        return values.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
}
