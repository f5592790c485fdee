package org.countryofficeportal;

import java.io.ByteArrayOutputStream;
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

    public StaffClient(String base) {
        this.base = base.replaceAll("/$", "");
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
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Reads the page at {@code path} and submits its multipart form {@code formId} with one file and the given button. */
    public HttpResponse<String> upload(String path, String formId, String fileField, String fileName, byte[] file, String button)
            throws IOException, InterruptedException {
        String viewState = viewStateOf(path);
        String boundary = "portal-test-" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> field : Map.of(formId, formId, button, button, "jakarta.faces.ViewState", viewState).entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                    + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/json\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String viewStateOf(String path) throws IOException, InterruptedException {
        HttpResponse<String> page = get(path);
        Matcher viewState = VIEW_STATE.matcher(page.body());
        if (page.statusCode() != 200 || !viewState.find()) {
            throw new IllegalStateException("no form at " + path + ": " + page.statusCode());
        }
        return viewState.group(1);
    }

    /**
     * Reads the page at {@code path} and submits its form {@code formId} with the given fields (those not
     * given keep the values the page holds for them) and the page's view state.
     */
    public HttpResponse<String> submit(String path, String formId, Map<String, String> fields)
            throws IOException, InterruptedException {
        return submit(path, formId, fields, Map.of());
    }

    /** As {@link #submit(String, String, Map)}, with headers of the post, such as the Origin a browser sends. */
    public HttpResponse<String> submit(String path, String formId, Map<String, String> fields, Map<String, String> headers)
            throws IOException, InterruptedException {
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put(formId, formId);
        form.put("jakarta.faces.ViewState", viewStateOf(path));
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        String action = path.replaceAll("\\?.*", "");
        HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(base + action)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(post::header);
        return http.send(post.build(), HttpResponse.BodyHandlers.ofString());
    }
}
