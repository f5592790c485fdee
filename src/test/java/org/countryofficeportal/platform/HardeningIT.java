package org.countryofficeportal.platform;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import javax.xml.parsers.DocumentBuilderFactory;
import nu.validator.client.EmbeddedValidator;
import org.countryofficeportal.BackOffice;
import org.countryofficeportal.Browsers;
import org.countryofficeportal.SharedPortal;
import org.countryofficeportal.StaffClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Requests no client should be able to break, form posts from elsewhere or too large, text in another language than
 * the page's, the feeds' links and languages, and what audit tools (Lighthouse) read: against the WAR in Payara Micro,
 * over raw HTTP where a header must be sent as no ordinary client would, and in Debian's headless Chromium.
 */
@ExtendWith(SharedPortal.class)
class HardeningIT {

    private static final String ENGLISH_RELEASE = "balochistan-officials-empowered-against-forced-labor-and-human-trafficking";
    private static final String URDU_TITLE = "سب کے لیے مناسب کام";
    private static final Pattern STATUS_LINE = Pattern.compile("HTTP/1\\.1 (\\d{3})");

    /** Values no well-behaved client sends, each as one header line of the request. */
    private static final List<String> MALFORMED_HEADERS = List.of(
            "Accept-Language: zz-ZZ,*;q=abc",
            "Accept-Language: " + "a".repeat(1000),
            "Accept-Language: " + "en;q=0.5,".repeat(300),
            "Accept-Language: en;q=2",
            "Accept-Language: \u00fc\u00ff",
            "If-Modified-Since: yesterday",
            "If-Modified-Since: Sun, 06 Nov 99999 08:49:37 GMT",
            "If-Modified-Since: -1",
            "If-None-Match: \"abc",
            "If-None-Match: *, W/",
            "If-None-Match: " + "\"x\",".repeat(2000),
            "Accept-Encoding: gzip;q=x",
            "Accept-Encoding: ;;;",
            "Accept: text/html;q=abc",
            "Accept: ;;;",
            "Accept: application/json;q=0.5;q=0.3",
            "Content-Type: ;;;",
            "X-Forwarded-For: ::::",
            "X-Forwarded-For: unknown, " + "1".repeat(3000),
            "X-Forwarded-Proto: gopher",
            "X-Forwarded-Host: a b",
            "Cookie: =;;;==",
            "Cookie: JSESSIONID=\"abc",
            "Cookie: JSESSIONID=" + "x".repeat(4000),
            "Origin: null",
            "Range: bytes=junk",
            "Host: a b",
            "Host: [::1",
            "X-Over-Long: " + "v".repeat(20_000));

    /** Refused by the HTTP listener before any application sees the request: a bare 400 (README, "Requests"). */
    private static final Set<String> LISTENER_REFUSES = Set.of("X-Over-Long: " + "v".repeat(20_000), "Accept-Language: \u00fc\u00ff");

    @RegisterExtension
    static final Browsers browsers = new Browsers(1);

    private final URL base = SharedPortal.base();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Every public and API address (the API's from the contract it serves), each with every malformed header. */
    @Test
    void malformedHeadersNeverGiveA5xxAndTheApiAnswersThemAsProblems() throws Exception {
        List<String> addresses = new ArrayList<>(publicAddresses());
        addresses.addAll(apiAddresses());
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (String address : addresses) {
            for (String header : MALFORMED_HEADERS) {
                Raw answer = raw("GET", address, List.of(header), null);
                sent++;
                if (answer.status() >= 500) {
                    failures.add(answer.status() + " " + address + " with " + abbreviated(header));
                } else if (isApi(address) && answer.status() >= 400 && !LISTENER_REFUSES.contains(header)
                        && !answer.contentType().startsWith("application/problem+json")) {
                    failures.add(answer.status() + " " + answer.contentType() + " (not a problem) " + address + " with " + abbreviated(header));
                }
            }
        }
        assertTrue(sent > 800, "requests sent: " + sent);
        assertEquals(List.of(), failures);
    }

    /** A malformed header is treated as absent (RFC 9110), not refused: the reader gets the page or the JSON. */
    @Test
    void malformedHeadersAreIgnoredAsHttpAllows() throws Exception {
        for (String address : List.of("/api/v1/releases", "/api/v1/offices/pakistan", "/api/v1/releases/changes",
                "/feed/releases.atom", "/", "/ur/releases")) {
            for (String header : List.of("Accept-Language: zz-ZZ,*;q=abc", "If-Modified-Since: yesterday", "Accept: ;;;",
                    "If-None-Match: \"abc", "Accept-Encoding: gzip;q=x")) {
                Raw answer = raw("GET", address, List.of(header), null);
                assertEquals(200, answer.status(), address + " with " + header);
                assertFalse(answer.head().toLowerCase().contains("content-encoding: gzip"), address + " with " + header);
            }
        }
        // A well-formed Accept-Language still picks the translation: the check hides only what is broken.
        request("/test-fixtures/offices?id=hardening", "POST");
        request("/test-fixtures/releases?office=hardening&slug=hardening-urdu&published=2021-03-01T09:00:00%2B05:00&urduTitle="
                + URLEncoder.encode(URDU_TITLE, StandardCharsets.UTF_8), "POST");
        Raw urdu = raw("GET", "/api/v1/releases/hardening-urdu", List.of("Accept-Language: ur-PK, en;q=0.5"), null);
        assertTrue(urdu.body().contains(URDU_TITLE), urdu.body());
        Raw fallback = raw("GET", "/api/v1/releases/hardening-urdu", List.of("Accept-Language: ur-PK;q=x"), null);
        assertEquals(200, fallback.status());
        assertTrue(fallback.body().contains("Title of hardening-urdu"), fallback.body());
    }

    /** What the container answers before the application where it lets the application answer; the rest, as documented. */
    @Test
    void theContainersAnswersUnderTheApiAreProblems() throws Exception {
        for (String address : List.of("/api/v1%2Foffices", "/api/", "/api/v2/offices", "/feed/", "/api/v1/offices%2Fpakistan")) {
            Raw answer = raw("GET", address, List.of(), null);
            assertEquals(404, answer.status(), address);
            assertProblem(answer, address);
        }
        Raw delete = raw("DELETE", "/api/v1/releases", List.of("Content-Type: application/json"), "{\"x\":1}");
        assertEquals(405, delete.status(), delete.head());
        assertProblem(delete, "a body on DELETE");
        Raw post = raw("POST", "/api/v1/offices", List.of("Content-Type: ;;;"), "x");
        assertEquals(405, post.status(), post.head());
        assertProblem(post, "a POST with a malformed type");
        // Refused by the HTTP listener before any application sees the request (README: "What the container answers").
        for (String address : List.of("/api/v1/releases/a%00b", "/api/v1/releases/%ff")) {
            assertEquals(400, raw("GET", address, List.of(), null).status(), address);
        }
    }

    @Test
    void postsFromAnotherSiteAreRefusedAndTheOwnOriginIsRecognisedBehindAProxy() throws Exception {
        HttpResponse<String> foreign = logIn(Map.of("Origin", "https://evil.example"));
        assertEquals(403, foreign.statusCode());
        assertTrue(foreign.body().contains("another web site") && foreign.body().contains("nothing was saved"), foreign.body());
        assertEquals(403, logIn(Map.of("Origin", "null")).statusCode());
        assertEquals(302, logIn(Map.of("Origin", own())).statusCode(), "the portal's own origin");
        assertEquals(302, logIn(Map.of()).statusCode(), "no Origin: browsers leave it out of some posts");
        assertEquals(302, logIn(Map.of("Origin", "https://portal.example.org", "X-Forwarded-Proto", "https",
                "X-Forwarded-Host", "portal.example.org")).statusCode(), "behind a proxy that ends TLS");
        assertEquals(403, logIn(Map.of("Origin", "https://evil.example", "X-Forwarded-Proto", "https",
                "X-Forwarded-Host", "portal.example.org")).statusCode());

        // A post riding a signed-in administrator's session, even with the form's own view state, changes nothing.
        StaffClient staff = new StaffClient(base.toString()).logIn(BackOffice.ADMIN, BackOffice.ADMIN_PASSWORD);
        Map<String, String> newAccount = Map.of("newAccount:username", "intruder", "newAccount:role", "ADMIN",
                "newAccount:create", "Create account");
        HttpResponse<String> forged = staff.submit("/admin/accounts.xhtml", "newAccount", newAccount,
                Map.of("Origin", "https://evil.example"));
        assertEquals(403, forged.statusCode());
        assertFalse(staff.get("/admin/accounts.xhtml").body().contains("intruder"));
        HttpResponse<String> own = staff.submit("/admin/accounts.xhtml", "newAccount", newAccount, Map.of("Origin", own()));
        assertEquals(302, own.statusCode(), "saved, and sent back to the page");
        assertTrue(staff.get("/admin/accounts.xhtml").body().contains("intruder"), "the same post from the portal's own page");
    }

    @Test
    void aFormOverTwoMegabytesIsAnswered413WithAMessageOnTheLoginPageAndInTheBackOffice() throws Exception {
        String huge = "x".repeat(2_200_000);
        HttpResponse<String> login = logIn(Map.of(), huge);
        assertEquals(413, login.statusCode());
        assertTrue(login.body().contains("The form is too large") && login.body().contains("2 MB"), login.body());

        StaffClient staff = new StaffClient(base.toString()).logIn(BackOffice.ADMIN, BackOffice.ADMIN_PASSWORD);
        HttpResponse<String> contact = staff.submit("/admin/contact.xhtml?office=pakistan", "contact", Map.of("contact:name", huge));
        assertEquals(413, contact.statusCode());
        assertTrue(contact.body().contains("nothing of it was saved"), contact.body());
        // The release form is multipart, for images up to 5 MB: a title of 2 MB is refused at its field.
        HttpResponse<String> release = staff.submit("/admin/release.xhtml", "release", Map.of("release:title", huge,
                "release:save", "Create draft"));
        assertEquals(200, release.statusCode());
        assertTrue(release.body().contains("at most 300 characters"), release.body());
        assertEquals(200, staff.get("/admin/releases.xhtml").statusCode(), "the staff member is still signed in");
    }

    @Test
    void aContentBundleNestedAThousandLevelsDeepIsRefusedWithAReason() throws Exception {
        StaffClient staff = new StaffClient(base.toString()).logIn(BackOffice.ADMIN, BackOffice.ADMIN_PASSWORD);
        for (String bundle : List.of(
                "{\"format\":\"country-office-portal/content-bundle\",\"formatVersion\":1,\"offices\":[{\"sections\":"
                        + "[".repeat(1000) + "]".repeat(1000) + "}]}",
                "{\"format\":\"country-office-portal/content-bundle\",\"formatVersion\":1,\"offices\":[{\"sections\":"
                        + "[".repeat(900) + "]".repeat(900) + "}]}",
                "{\"a\":".repeat(1000) + "1" + "}".repeat(1000))) {
            HttpResponse<String> answer = staff.upload("/admin/content.xhtml", "content", "content:bundle", "deep.json",
                    bundle.getBytes(StandardCharsets.UTF_8), "content:import");
            assertEquals(200, answer.statusCode());
            assertTrue(answer.body().contains("Nothing was imported"), answer.body());
            assertTrue(answer.body().contains("deep.json: "), answer.body());
        }
    }

    /** Text in a left-to-right language on an Urdu page keeps its own direction, as the browser lays it out. */
    @Test
    void textInAnotherLanguageCarriesItsOwnLanguageAndDirection() throws Exception {
        WebDriver browser = browsers.first();
        request("/test-fixtures/offices?id=direction", "POST");
        request("/test-fixtures/releases?office=direction&slug=direction-urdu&published=2021-04-01T09:00:00%2B05:00&urduTitle="
                + URLEncoder.encode(URDU_TITLE, StandardCharsets.UTF_8), "POST");

        open("/ur/releases?office=direction");
        WebElement translated = browser.findElement(By.cssSelector(".releases article"));
        assertEquals("ur", translated.getAttribute("lang"), "the Urdu translation");
        assertEquals("rtl", direction(translated));

        open("/ur/releases");
        assertEquals("rtl", direction(browser.findElement(By.tagName("html"))));
        List<WebElement> articles = browser.findElements(By.cssSelector(".releases article"));
        assertEquals(10, articles.size());
        for (WebElement article : articles) {
            String language = article.getAttribute("lang");
            assertEquals(language.equals("ur") ? "rtl" : "ltr", direction(article), article.getText());
            assertEquals("rtl", direction(article.findElement(By.cssSelector(".meta"))), "the date is the page's");
            for (WebElement credit : article.findElements(By.cssSelector(".credit"))) {
                assertTrue(credit.getText().startsWith("©"), credit.getText());
                assertEquals("ltr", direction(credit), credit.getText() + " is laid out left to right");
            }
        }

        open("/ur/releases/" + ENGLISH_RELEASE);
        WebElement article = browser.findElement(By.tagName("article"));
        assertEquals("en", article.getAttribute("lang"));
        assertEquals("ltr", direction(article));
        assertEquals("ltr", direction(browser.findElement(By.cssSelector(".credit span"))));
        assertEquals("rtl", direction(browser.findElement(By.cssSelector(".credit"))), "the label is the page's");

        for (String path : List.of("/ur/", "/ur/about", "/ur/contact", "/ur/media", "/ru/", "/ru/about")) {
            open(path);
            List<WebElement> english = browser.findElements(By.cssSelector("main [lang=en]"));
            assertFalse(english.isEmpty(), path);
            for (WebElement element : english) {
                assertTrue(Set.of("ltr", "auto").contains(element.getAttribute("dir")), path + ": " + element.getText());
                assertEquals("ltr", direction(element), path + ": " + element.getText());
            }
        }
        open("/");
        WebElement urduInTheSwitcher = browser.findElement(By.cssSelector(".languages a[lang=ur]"));
        assertEquals("rtl", urduInTheSwitcher.getAttribute("dir"));
    }

    @Test
    void feedEntriesLinkToTheWebPageAndSayTheirLanguage() throws Exception {
        for (String path : List.of("/feed/releases.atom", "/feed/offices/pakistan/releases.atom")) {
            Document feed = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(request(path, "GET").body().getBytes(StandardCharsets.UTF_8)));
            Element root = feed.getDocumentElement();
            assertEquals("en", root.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"), path);
            assertEquals("text/html", alternates(root).get(0).getAttribute("type"), path + ": the feed's own web page first");
            NodeList entries = root.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
            assertTrue(entries.getLength() > 0, path);
            for (int i = 0; i < entries.getLength(); i++) {
                Element entry = (Element) entries.item(i);
                List<Element> links = alternates(entry);
                assertEquals(List.of("text/html", "application/json"), links.stream().map(link -> link.getAttribute("type")).toList());
                String page = links.get(0).getAttribute("href");
                String slug = page.substring(page.lastIndexOf('/') + 1);
                JsonObject release = Json.createReader(new StringReader(request("/api/v1/releases/" + slug, "GET").body())).readObject();
                assertEquals(release.getString("language"), entry.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"));
                assertEquals(release.getString("language"), links.get(0).getAttribute("hreflang"));
                HttpResponse<String> web = http.send(HttpRequest.newBuilder(URI.create(page)).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, web.statusCode(), page);
                assertTrue(web.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), page);
                assertTrue(links.get(1).getAttribute("href").endsWith("/api/v1/releases/" + slug));
            }
        }
    }

    /** Lighthouse reads robots.txt in the page's context, under its policy; the page may reach that file and nothing else. */
    @Test
    void whatAuditToolsReadAFaviconRobotsTxtInThePagesContextAndNoWholeUrduFontOnEnglishPages() throws Exception {
        HttpResponse<String> icon = request("/favicon.ico", "GET");
        assertEquals(200, icon.statusCode());
        assertTrue(icon.headers().firstValue("Content-Type").orElse("").startsWith("image/"), icon.headers().toString());

        ChromeDriver browser = (ChromeDriver) browsers.first();
        open("/");
        assertEquals(200, ((Number) loadInPage(browser, "/robots.txt").get("httpStatusCode")).intValue());
        assertFalse(loadInPage(browser, "/sitemap.xml").containsKey("httpStatusCode"), "no other connection is allowed");

        List<String> english = fontsLoaded(browser);
        assertTrue(english.stream().anyMatch(font -> font.endsWith("noto-nastaliq-urdu-switcher.woff2")), english.toString());
        assertTrue(english.stream().noneMatch(font -> font.endsWith("noto-nastaliq-urdu-arabic-400-normal.woff2")), english.toString());
        open("/ru/releases");
        assertTrue(fontsLoaded(browser).stream().noneMatch(font -> font.endsWith("noto-nastaliq-urdu-arabic-400-normal.woff2")));
        open("/ur/about");
        assertTrue(fontsLoaded(browser).stream().anyMatch(font -> font.endsWith("noto-nastaliq-urdu-arabic-400-normal.woff2")),
                "Urdu pages have the whole font");

        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        String report = validator.validate(new ByteArrayInputStream(request("/login.xhtml", "GET").body().getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(), report.lines().filter(line -> line.contains("error:")).toList(), "the login page is valid HTML");
    }

    private String own() {
        return base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> loadInPage(ChromeDriver browser, String path) {
        Map<String, Object> tree = browser.executeCdpCommand("Page.getFrameTree", Map.of());
        String frame = (String) ((Map<String, Object>) ((Map<String, Object>) tree.get("frameTree")).get("frame")).get("id");
        try {
            Map<String, Object> loaded = browser.executeCdpCommand("Network.loadNetworkResource", Map.of("frameId", frame,
                    "url", uri(path).toString(), "options", Map.of("disableCache", true, "includeCredentials", true)));
            return (Map<String, Object>) loaded.get("resource");
        } catch (org.openqa.selenium.WebDriverException refused) {
            assertTrue(refused.getMessage().contains("CSP"), refused.getMessage());
            return Map.of();
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> fontsLoaded(WebDriver browser) {
        JavascriptExecutor script = (JavascriptExecutor) browser;
        script.executeScript("return document.fonts.ready.then(() => true)");
        return (List<String>) script.executeScript(
                "return performance.getEntriesByType('resource').map(e => e.name).filter(n => n.endsWith('.woff2'))");
    }

    private static String direction(WebElement element) {
        return element.getCssValue("direction");
    }

    private static List<Element> alternates(Element parent) {
        List<Element> links = new ArrayList<>();
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element link && "link".equals(link.getLocalName()) && "alternate".equals(link.getAttribute("rel"))) {
                links.add(link);
            }
        }
        return links;
    }

    private HttpResponse<String> logIn(Map<String, String> headers) throws IOException, InterruptedException {
        return logIn(headers, BackOffice.ADMIN);
    }

    /** Posts the login form of a login page read just before, as a browser does, with the given headers. */
    private HttpResponse<String> logIn(Map<String, String> headers, String username) throws IOException, InterruptedException {
        return new StaffClient(base.toString()).submit("/login.xhtml", "login", Map.of("login:username", username,
                "login:password", BackOffice.ADMIN_PASSWORD, "login:submit", "Log in"), headers);
    }

    /** README "Public site", in each language, and the files beside the pages. */
    private List<String> publicAddresses() throws IOException, InterruptedException {
        List<String> pages = List.of("/", "/?office=moscow", "/about", "/contact", "/releases", "/releases?office=pakistan&year=2024&q=skills",
                "/releases/" + ENGLISH_RELEASE, "/media");
        List<String> addresses = new ArrayList<>();
        for (String prefix : List.of("", "/ur", "/ru")) {
            pages.forEach(page -> addresses.add(prefix + page));
        }
        Matcher vcard = Pattern.compile("href=\"(/contacts/[^\"]+\\.vcf)\"").matcher(request("/contact?office=tajikistan", "GET").body());
        assertTrue(vcard.find());
        addresses.addAll(List.of(vcard.group(1), "/sitemap.xml", "/robots.txt", "/favicon.ico", "/static/site.css",
                "/no/such/page", "/login.xhtml", "/admin/", "/openapi", "/health/ready"));
        return addresses;
    }

    /** Every operation of the served contract, its path parameters filled in from the seed content. */
    private List<String> apiAddresses() throws IOException, InterruptedException {
        JsonObject paths = Json.createReader(new StringReader(request("/openapi?format=JSON", "GET").body())).readObject()
                .getJsonObject("paths");
        List<String> addresses = new ArrayList<>();
        for (String path : paths.keySet()) {
            addresses.add(path.replace("{office}", "pakistan").replace("{release}", ENGLISH_RELEASE));
        }
        assertTrue(addresses.size() >= 10, addresses.toString());
        assertTrue(addresses.stream().allMatch(HardeningIT::isApi), addresses.toString());
        return addresses;
    }

    private static boolean isApi(String address) {
        return address.startsWith("/api/") || address.startsWith("/feed/");
    }

    private static void assertProblem(Raw answer, String what) {
        assertTrue(answer.contentType().startsWith("application/problem+json"), what + ": " + answer.head());
        JsonObject problem = Json.createReader(new StringReader(answer.body())).readObject();
        assertEquals(answer.status(), problem.getInt("status"), what);
        assertFalse(problem.getString("detail").isBlank(), what);
    }

    private static String abbreviated(String header) {
        return header.length() > 60 ? header.substring(0, 60) + "... (" + header.length() + " characters)" : header;
    }

    private void open(String path) {
        browsers.first().get(uri(path).toString());
    }

    private HttpResponse<String> request(String path, String method) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(path)).method(method, HttpRequest.BodyPublishers.noBody())
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(response.statusCode() < 300, path + ": " + response.statusCode());
        return response;
    }

    private URI uri(String path) {
        return URI.create(base.toString().replaceAll("/$", "") + path);
    }

    /**
     * One request written byte for byte (headers no HTTP client library lets through: a broken Host, a 20 KB line),
     * its answer read to the end of the connection.
     */
    private Raw raw(String method, String target, List<String> headers, String body) throws IOException {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            StringBuilder request = new StringBuilder(method + " " + target + " HTTP/1.1\r\n");
            if (headers.stream().noneMatch(header -> header.startsWith("Host:"))) {
                request.append("Host: ").append(base.getHost()).append(':').append(base.getPort()).append("\r\n");
            }
            headers.forEach(header -> request.append(header).append("\r\n"));
            byte[] sent = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            if (body != null) {
                request.append("Content-Length: ").append(sent.length).append("\r\n");
            }
            request.append("Connection: close\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(sent);
            out.flush();
            byte[] answer = socket.getInputStream().readAllBytes();
            // The head is ISO-8859-1, as HTTP has it: one character per byte, so positions in it are positions in the bytes.
            String text = new String(answer, StandardCharsets.ISO_8859_1);
            Matcher status = STATUS_LINE.matcher(text);
            assertTrue(status.lookingAt(), () -> method + " " + target + " " + headers + ": " + text);
            int end = text.indexOf("\r\n\r\n");
            String head = end < 0 ? text : text.substring(0, end);
            String contentType = head.lines().filter(line -> line.toLowerCase().startsWith("content-type:"))
                    .map(line -> line.substring(13).strip()).findFirst().orElse("");
            String content = end < 0 ? "" : new String(dechunked(head, text.substring(end + 4)).getBytes(StandardCharsets.ISO_8859_1),
                    StandardCharsets.UTF_8);
            return new Raw(Integer.parseInt(status.group(1)), head, contentType, content);
        }
    }

    /** The body of a chunked answer without its chunk sizes, byte for byte (as ISO-8859-1 text). */
    private static String dechunked(String head, String body) {
        if (!head.toLowerCase().contains("transfer-encoding: chunked")) {
            return body;
        }
        StringBuilder content = new StringBuilder();
        int at = 0;
        while (true) {
            int lineEnd = body.indexOf("\r\n", at);
            int size = Integer.parseInt(body.substring(at, lineEnd).split(";")[0].strip(), 16);
            if (size == 0) {
                return content.toString();
            }
            content.append(body, lineEnd + 2, lineEnd + 2 + size);
            at = lineEnd + 2 + size + 2;
        }
    }

    private record Raw(int status, String head, String contentType, String body) {
    }
}
