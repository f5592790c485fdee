package org.countryofficeportal.api;

import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import okhttp3.Cache;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.countryofficeportal.SharedPortal;
import org.countryofficeportal.client.ApiClient;
import org.countryofficeportal.client.ApiException;
import org.countryofficeportal.client.ApiResponse;
import org.countryofficeportal.client.api.MediaCoverageApi;
import org.countryofficeportal.client.api.OfficesApi;
import org.countryofficeportal.client.api.ReleasesApi;
import org.countryofficeportal.client.model.OfficeHome;
import org.countryofficeportal.client.model.Release;
import org.countryofficeportal.client.model.ReleaseChanges;
import org.countryofficeportal.client.model.ReleasePage;
import org.countryofficeportal.client.model.ReleaseSummary;
import org.countryofficeportal.client.model.ReleaseTombstone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;

import static org.countryofficeportal.api.PortalHttp.encode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The API's contract as app developers meet it: the document the portal serves at /openapi, checked with the tool
 * they generate clients with, and a Java client generated from it (okhttp-gson, the library Android apps use)
 * working against the running portal. Every response the generated client receives must keep the contract too.
 */
@ExtendWith(SharedPortal.class)
class ApiContractIT {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final ObjectMapper YAML = YAMLMapper.builder().build();
    private static final String URDU_TITLE = "سب کے لیے مناسب کام";

    private final URL base = SharedPortal.base();

    private final PortalHttp portal = new PortalHttp(() -> base);
    /** How the generated client's responses broke the contract: noted inside okhttp, asserted after each test. */
    private final List<String> violations = Collections.synchronizedList(new ArrayList<>());

    @AfterEach
    void everyResponseKeptTheContract() {
        assertEquals(List.of(), violations);
    }

    @Test
    void theServedDocumentIsTheContractAsWritten() throws Exception {
        JsonNode written;
        try (InputStream yaml = getClass().getResourceAsStream("/META-INF/openapi.yaml")) {
            written = YAML.readTree(yaml);
        }
        HttpResponse<byte[]> asJson = portal.get("/openapi", "Accept", "application/json");

        assertEquals(written, YAML.readTree(portal.get("/openapi").body()), "YAML, the default");
        assertEquals(written, JSON.readTree(asJson.body()), "JSON by Accept");
        assertEquals("application/json", asJson.headers().firstValue("Content-Type").orElse(""));
        assertEquals(written, JSON.readTree(portal.get("/openapi?format=JSON").body()), "JSON by ?format=JSON");
        assertEquals("/", written.at("/servers/0/url").asString(), "relative: right behind any proxy");
    }

    @Test
    void openApiGeneratorFindsNothingToReportInTheServedDocument() throws Exception {
        for (String document : List.of("/openapi", "/openapi?format=JSON")) {
            Process validate = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-jar", System.getProperty("portal.openApiGeneratorCli", "target/openapi-generator-cli.jar"),
                    "validate", "--recommend", "-i", portal.uri(document).toString())
                    .redirectErrorStream(true).start();
            String output = new String(validate.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(validate.waitFor(2, TimeUnit.MINUTES), document);

            assertEquals(0, validate.exitValue(), output);
            assertEquals(List.of("Validating spec (" + portal.uri(document) + ")", "No validation issues detected."),
                    output.lines().filter(line -> !line.isBlank()).toList(), "no error and no warning");
        }
    }

    @Test
    void everyExampleKeepsItsSchema() throws Exception {
        List<String> problems = new ArrayList<>();
        int examples = examplesIn(portal.contract().document(), "", problems);

        assertTrue(examples > 50, "examples checked: " + examples);
        assertEquals(List.of(), problems);
        String feed = portal.contract().document().at("/components/responses/AtomFeed/content/application~1atom+xml/example").asString();
        assertEquals("Press releases: ILO Country Office for Pakistan",
                ((Feed) new WireFeedInput().build(new InputSource(new StringReader(feed)))).getTitle());
    }

    /** Values at a query parameter's documented limits are answered; values past them are refused with a 400 naming it. */
    @Test
    void theDocumentedLimitsAndDefaultsAreTheOnesTheApiKeeps() throws Exception {
        JsonNode document = portal.contract().document();
        int checked = 0;
        for (String template : document.get("paths").propertyNames()) {
            JsonNode operation = document.get("paths").get(template).get("get");
            String path = template;
            List<JsonNode> queryParameters = new ArrayList<>();
            for (JsonNode reference : operation.path("parameters")) {
                JsonNode parameter = document.at(reference.get("$ref").asString().substring(1));
                switch (parameter.get("in").asString()) {
                    case "path" -> path = path.replace("{" + parameter.get("name").asString() + "}", parameter.get("example").asString());
                    case "query" -> queryParameters.add(parameter);
                    default -> { }
                }
            }
            for (JsonNode parameter : queryParameters) {
                String name = parameter.get("name").asString();
                JsonNode schema = parameter.get("schema");
                List<String> accepted = new ArrayList<>();
                List<String> refused = new ArrayList<>();
                valuesAtTheLimits(parameter, accepted, refused);
                for (String value : accepted) {
                    assertEquals(200, portal.get(path + "?" + name + "=" + encode(value)).statusCode(), path + " " + name + "=" + value);
                }
                for (String value : refused) {
                    HttpResponse<byte[]> refusal = portal.get(path + "?" + name + "=" + encode(value));
                    assertEquals(400, refusal.statusCode(), path + " " + name + "=" + value);
                    assertEquals(name, JSON.readTree(refusal.body()).get("parameter").asString(), path + " " + name + "=" + value);
                }
                if (schema.has("default")) {
                    assertEquals(new String(portal.get(path).body(), StandardCharsets.UTF_8),
                            new String(portal.get(path + "?" + name + "=" + schema.get("default").asString()).body(), StandardCharsets.UTF_8),
                            path + ": " + name + " is " + schema.get("default") + " by default");
                }
                checked += accepted.size() + refused.size();
            }
        }
        assertTrue(checked > 40, "values checked: " + checked);
    }

    @Test
    void theHomeScreenOfPakistanComesAsTypedObjects() throws Exception {
        OfficeHome home = new OfficesApi(client()).getOfficeHome("pakistan", null, null);

        assertEquals("CO-Islamabad", home.getOffice().getShortName());
        assertEquals("Asia/Karachi", home.getOffice().getTimeZone());
        assertEquals(1970, home.getOverview().getYearOpened());
        assertEquals(8, home.getOverview().getAreasOfWork().size());
        assertEquals(1947, home.getOverview().getMemberStates().get(0).getMemberSince());
        assertEquals(1919, home.getOrganisation().getFounded());
        assertEquals(187, home.getOrganisation().getMemberStates());
        List<ReleaseSummary> latest = home.getLatestReleases();
        assertEquals(seedReleasesOfPakistan().subList(0, 5), latest.stream().map(ReleaseSummary::getSlug).toList());
        assertEquals(OffsetDateTime.parse("2024-03-07T00:00:00+05:00"), latest.get(0).getPublished());
        assertEquals("/api/v1/offices/pakistan/releases", home.getOffice().getLinks().getReleases());
    }

    @Test
    void everyReleasePageByCursorGivesTheTwentySeedReleasesLatestFirst() throws Exception {
        ReleasesApi releases = new ReleasesApi(client());
        List<ReleaseSummary> all = new ArrayList<>();
        List<Integer> pageSizes = new ArrayList<>();
        String cursor = null;
        do {
            ReleasePage page = releases.listOfficeReleases("pakistan", 6, cursor, null, null, null, null);
            all.addAll(page.getItems());
            pageSizes.add(page.getItems().size());
            cursor = page.getNext();
        } while (cursor != null);

        assertEquals(List.of(6, 6, 6, 2), pageSizes);
        assertEquals(seedReleasesOfPakistan(), all.stream().map(ReleaseSummary::getSlug).toList());
        for (int i = 1; i < all.size(); i++) {
            assertTrue(all.get(i - 1).getPublished().isAfter(all.get(i).getPublished()), "latest first at " + i);
        }
        assertEquals(20, all.stream().map(ReleaseSummary::getId).distinct().count());
        assertTrue(all.stream().allMatch(release -> release.getOffice().equals("pakistan") && release.getLanguage().equals("en")));
    }

    @Test
    void aReleaseComesInUrduWhereATranslationExists() throws Exception {
        portal.post("/test-fixtures/offices?id=contract-urdu");
        portal.post("/test-fixtures/releases?office=contract-urdu&slug=contract-urdu-release&published="
                + encode("2022-05-01T09:00:00+05:00") + "&urduTitle=" + encode(URDU_TITLE));
        ReleasesApi releases = new ReleasesApi(client());

        ReleaseSummary translated = releases.listReleases(100, null, null, null, null, null).getItems().stream()
                .filter(release -> release.getLanguages().contains("ur")).findFirst().orElseThrow();
        Release urdu = releases.getRelease(translated.getSlug(), "ur", null);

        assertEquals("contract-urdu-release", urdu.getSlug());
        assertEquals("ur", urdu.getLanguage());
        assertEquals(URDU_TITLE, urdu.getTitle());
        assertEquals(List.of("en", "ur"), urdu.getLanguages());
        assertEquals("en", urdu.getTranslations().get(0).getLanguage());
        Release english = releases.getRelease(translated.getSlug(), null, null);
        assertEquals("en", english.getLanguage());
        assertEquals(URDU_TITLE, english.getTranslations().get(0).getTitle());
        assertEquals("/api/v1/releases/contract-urdu-release?lang=ur", english.getTranslations().get(0).getHref());
    }

    @Test
    void aRevalidationWithTheETagIsAnswered304(@TempDir Path cacheDirectory) throws Exception {
        String slug = "piloting-national-skills-passport-in-pakistan";
        ReleasesApi releases = new ReleasesApi(client());
        ApiResponse<Release> first = releases.getReleaseWithHttpInfo(slug, null, null);
        String etag = header(first.getHeaders(), "ETag");

        ApiException notModified = assertThrows(ApiException.class, () -> releases.getRelease(slug, null, etag));
        assertEquals(304, notModified.getCode());
        assertEquals(etag, header(notModified.getResponseHeaders(), "ETag"));

        // What the README advises: an okhttp cache under the generated client revalidates by itself.
        List<String> exchanges = Collections.synchronizedList(new ArrayList<>());
        OkHttpClient withCache = new OkHttpClient.Builder()
                .cache(new Cache(cacheDirectory.toFile(), 1024 * 1024))
                .addNetworkInterceptor(chain -> {
                    Response response = chain.proceed(chain.request());
                    exchanges.add(chain.request().header("If-None-Match") + " -> " + response.code());
                    return response;
                })
                .build();
        Release fetched = new ReleasesApi(client(withCache.newBuilder())).getRelease(slug, null, null);
        // An app refreshing on demand: its copy, though fresh, may not be used without asking.
        Release refreshed = new ReleasesApi(client(withCache.newBuilder().addInterceptor(chain -> chain.proceed(
                chain.request().newBuilder().header("Cache-Control", "max-age=0").build())))).getRelease(slug, null, null);

        assertEquals(first.getData(), fetched);
        assertEquals(fetched, refreshed);
        assertEquals(2, exchanges.size(), exchanges::toString);
        assertEquals("null -> 200", exchanges.get(0));
        assertTrue(exchanges.get(1).matches("\"[^\"]+\" -> 304"), exchanges::toString);
    }

    @Test
    void theSyncLoopSeesANewReleaseAndATombstoneAndAppliesThemIdempotently() throws Exception {
        portal.post("/test-fixtures/offices?id=contract-sync");
        portal.post("/test-fixtures/releases?office=contract-sync&slug=contract-sync-doomed&published=" + encode("2022-01-01T00:00:00Z"));
        ReleasesApi releases = new ReleasesApi(client());
        Map<Long, Release> store = new HashMap<>();

        String token = apply(releases.syncReleaseChanges(null, null, null), store);
        long doomed = idOf(store, "contract-sync-doomed");

        portal.post("/test-fixtures/releases?office=contract-sync&slug=contract-sync-new&published="
                + encode(OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(5).toString()));
        portal.delete("/test-fixtures/releases/contract-sync-doomed");
        ReleaseChanges delta = releases.syncReleaseChanges(token, null, null);

        assertTrue(delta.getChanged().stream().anyMatch(release -> release.getSlug().equals("contract-sync-new")), delta::toString);
        assertEquals(List.of(doomed), delta.getDeleted().stream().map(ReleaseTombstone::getId).toList());
        assertTrue(delta.getChanged().stream().noneMatch(release -> release.getId() == doomed), "no longer public");
        apply(delta, store);
        // An app that died before keeping the new token syncs from the old one again: the replay changes nothing.
        Map<Long, Release> synced = Map.copyOf(store);
        apply(releases.syncReleaseChanges(token, null, null), store);
        assertEquals(synced, store);

        Set<Long> published = new HashSet<>();
        String cursor = null;
        do {
            ReleasePage page = releases.listReleases(100, cursor, null, null, null, null);
            page.getItems().forEach(release -> published.add(release.getId()));
            cursor = page.getNext();
        } while (cursor != null);
        assertEquals(published, store.keySet(), "the offline copy holds exactly the public releases");
    }

    /** The JSON operations; the feeds are for feed readers (the README says why the generated Java client cannot read them). */
    @Test
    void everyJsonOperationAnswersTheGeneratedClient() throws Exception {
        ApiClient client = client();

        assertTrue(new OfficesApi(client).listOffices(null).getItems().stream().map(office -> office.getId()).toList()
                .containsAll(List.of("moscow", "pakistan", "tajikistan")));
        assertEquals("tel:+992446005597;ext=273",
                new OfficesApi(client).listOfficeContacts("tajikistan", null).getItems().get(0).getPhones().get(0).getTel());
        assertEquals("APP", new MediaCoverageApi(client).listMediaCoverage(null).getItems().get(0).getOutlet());
        assertEquals(20, new ReleasesApi(client).listReleases(null, null, null, null, null, null).getItems().size());
        ApiException unknown = assertThrows(ApiException.class, () -> new OfficesApi(client).getOfficeHome("atlantis", null, null));
        assertEquals(404, unknown.getCode());
        assertEquals("no office 'atlantis'", JSON.readTree(unknown.getResponseBody()).get("detail").asString());
    }

    /** The values a query parameter's schema admits at its limits (and its example), and those just past them. */
    private static void valuesAtTheLimits(JsonNode parameter, List<String> accepted, List<String> refused) {
        JsonNode schema = parameter.get("schema");
        if (parameter.has("example")) {
            accepted.add(parameter.get("example").asString());
        }
        if (schema.has("minimum")) {
            accepted.add(String.valueOf(schema.get("minimum").asLong()));
            refused.add(String.valueOf(schema.get("minimum").asLong() - 1));
        }
        if (schema.has("maximum")) {
            accepted.add(String.valueOf(schema.get("maximum").asLong()));
            refused.add(String.valueOf(schema.get("maximum").asLong() + 1));
        }
        if (schema.has("minLength")) {
            accepted.add("x".repeat(schema.get("minLength").asInt()));
            refused.add("x".repeat(schema.get("minLength").asInt() - 1));
        }
        if (schema.has("maxLength")) {
            accepted.add("x".repeat(schema.get("maxLength").asInt()));
            refused.add("x".repeat(schema.get("maxLength").asInt() + 1));
        }
        if (schema.has("pattern")) {
            refused.add("!");
        }
        if (schema.get("type").asString().equals("integer")) {
            refused.add("ten");
        }
    }

    /** The sync loop of the README: upsert what changed, drop what was deleted, keep the token for the next sync. */
    private static String apply(ReleaseChanges changes, Map<Long, Release> store) {
        changes.getChanged().forEach(release -> store.put(release.getId(), release));
        changes.getDeleted().forEach(tombstone -> store.remove(tombstone.getId()));
        return changes.getNext();
    }

    private static long idOf(Map<Long, Release> store, String slug) {
        return store.values().stream().filter(release -> release.getSlug().equals(slug)).findFirst().orElseThrow().getId();
    }

    /** The seed's releases of the Pakistan office, latest first. */
    private static List<String> seedReleasesOfPakistan() throws IOException {
        JsonNode bundle;
        try (InputStream seed = ApiContractIT.class.getResourceAsStream("/META-INF/content/seed-bundle.json")) {
            bundle = JSON.readTree(seed);
        }
        return StreamSupport.stream(bundle.get("releases").spliterator(), false)
                .filter(release -> release.get("office").asString().equals("pakistan"))
                .sorted(Comparator.comparing((JsonNode release) -> OffsetDateTime.parse(release.get("published").asString())).reversed())
                .map(release -> release.get("slug").asString())
                .toList();
    }

    /**
     * Counts the examples of the document at and below {@code node} and notes those that do not keep their schema:
     * a media type's, a parameter's and a header's example keeps the {@code schema} beside it, a schema's its own.
     */
    private int examplesIn(JsonNode node, String pointer, List<String> problems) throws IOException, InterruptedException {
        int examples = 0;
        if (node.isObject() && node.has("example")) {
            String schema = node.has("schema") ? pointer + "/schema" : pointer;
            problems.addAll(portal.contract().schemaViolations("example at " + pointer, schema, node.get("example")));
            examples++;
        }
        if (node.isContainer()) {
            for (String name : node.isObject() ? node.propertyNames() : indices(node)) {
                if (!name.equals("example")) {
                    JsonNode child = node.isObject() ? node.get(name) : node.get(Integer.parseInt(name));
                    examples += examplesIn(child, pointer + "/" + name.replace("~", "~0").replace("/", "~1"), problems);
                }
            }
        }
        return examples;
    }

    private static List<String> indices(JsonNode array) {
        List<String> indices = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            indices.add(String.valueOf(i));
        }
        return indices;
    }

    /** The generated client on this portal, every response checked against the contract. */
    private ApiClient client() throws IOException, InterruptedException {
        return client(new OkHttpClient.Builder());
    }

    private ApiClient client(OkHttpClient.Builder http) throws IOException, InterruptedException {
        ApiContract contract = portal.contract();
        Interceptor keepsTheContract = chain -> {
            Request request = chain.request();
            Response response = chain.proceed(request);
            violations.addAll(contract.violations(request.method(), request.url().uri(), response.code(),
                    response.headers().toMultimap(), response.peekBody(Long.MAX_VALUE).bytes()));
            return response;
        };
        ApiClient client = new ApiClient(http.addInterceptor(keepsTheContract).build());
        client.setBasePath(portal.uri("").toString());
        return client;
    }

    private static String header(Map<String, List<String>> headers, String name) {
        return headers.entrySet().stream().filter(header -> header.getKey().equalsIgnoreCase(name))
                .map(header -> header.getValue().get(0)).findFirst().orElseThrow(() -> new AssertionError("no " + name));
    }
}
