package org.countryofficeportal;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A staff member's back-office session over plain HTTP, for tests that need many form submissions fast: it
 * keeps the session cookie and posts Faces forms with the view state of the page it read them from.
 */
public final class StaffClient {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(2)).build();
    private final String base;
    private final String forwardedFor;

    public StaffClient(String base) {
        this(base, null);
    }

    private StaffClient(String base, String forwardedFor) {
        this.base = base.replaceAll("/$", "");
        this.forwardedFor = forwardedFor;
    }

    /**
     * A new session from another client address, as a proxy the portal trusts ({@code http.trusted.proxies}) tells
     * it in X-Forwarded-For.
     */
    public StaffClient from(String address) {
        return new StaffClient(base, address);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        return forwardedFor == null ? request : request.header("X-Forwarded-For", forwardedFor);
    }

    public StaffClient logIn(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> response = attemptLogIn(username, password);
        if (response.statusCode() != 302) {
            throw new IllegalStateException("login refused: " + response.statusCode());
        }
        return this;
    }

    /** Submits the login form: a redirect once signed in, else the login page again with its message. */
    public HttpResponse<String> attemptLogIn(String username, String password) throws IOException, InterruptedException {
        return submit("/login.xhtml", "login", Map.of(
                "login:username", username, "login:password", password, "login:submit", "Log in"));
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Reads the page at {@code path} and submits its form {@code formId} with the given fields (those not
     * given keep the values the page holds for them) and the page's view state.
     */
    public HttpResponse<String> submit(String path, String formId, Map<String, String> fields)
            throws IOException, InterruptedException {
        HttpResponse<String> page = get(path);
        Matcher viewState = VIEW_STATE.matcher(page.body());
        if (page.statusCode() != 200 || !viewState.find()) {
            throw new IllegalStateException("no form at " + path + ": " + page.statusCode());
        }
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put(formId, formId);
        form.put("jakarta.faces.ViewState", viewState.group(1));
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        String action = path.replaceAll("\\?.*", "");
        return http.send(request(action)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
