package org.countryofficeportal;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A staff member's back-office session over plain HTTP, for tests that need many form submissions fast: it
 * keeps the session cookie and posts forms as the page it read them from holds them, token included.
 */
public final class StaffClient {

    /** A value that stands for bytes that are not UTF-8 (C3 28): the client sends those bytes in its place. */
    public static final String NOT_UTF_8 = "\uFFFFnot-utf-8\uFFFF";

    private final CookieManager cookies;
    private final HttpClient http;
    private final String base;
    private final String forwardedFor;

    public StaffClient(String base) {
        this(base, null, new CookieManager());
    }

    /** A client that keeps its cookies, as a browser does, and shows each redirect rather than following it. */
    private StaffClient(String base, String forwardedFor, CookieManager cookies) {
        this(base, forwardedFor, cookies, HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(2)).build());
    }

    private StaffClient(String base, String forwardedFor, CookieManager cookies, HttpClient http) {
        this.base = base.replaceAll("/$", "");
        this.forwardedFor = forwardedFor;
        this.cookies = cookies;
        this.http = http;
    }

    /**
     * A new session from another client address, as a proxy the portal trusts ({@code http.trusted.proxies}) tells
     * it in X-Forwarded-For.
     */
    public StaffClient from(String address) {
        return new StaffClient(base, address, new CookieManager());
    }

    /** The same browser, with its session, at another address on the same host: another instance of a cluster. */
    public StaffClient at(String otherBase) {
        return new StaffClient(otherBase, forwardedFor, cookies, http);
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

    /** The session's id, as the session cookie holds it, once the portal has given one. */
    public Optional<String> sessionId() {
        return cookies.getCookieStore().get(URI.create(base + "/")).stream()
                .filter(cookie -> cookie.getName().equals("JSESSIONID")).map(HttpCookie::getValue).findFirst();
    }

    /** Submits the login form: a redirect once signed in, else the login page again with its message. */
    public HttpResponse<String> attemptLogIn(String username, String password) throws IOException, InterruptedException {
        return submit("/login.xhtml", "login", Map.of(
                "login:username", username, "login:password", password, "login:submit", "Sign in"));
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Reads the page at {@code path} and submits its multipart form {@code formId} with one file and the given button. */
    public HttpResponse<String> upload(String path, String formId, String fileField, String fileName, byte[] file, String button)
            throws IOException, InterruptedException {
        return post(path, form(path, formId), formId, Map.of(button, button), Map.of(), new File(fileField, fileName, file));
    }

    /**
     * Reads the page at {@code path} and submits its form {@code formId} as a browser would: every field with the value
     * the page holds for it, but those given, and the form's view state and token.
     */
    public HttpResponse<String> submit(String path, String formId, Map<String, String> fields)
            throws IOException, InterruptedException {
        return post(path, form(path, formId), formId, fields);
    }

    /** As {@link #submit(String, String, Map)}, with headers of the post, such as the Origin a browser sends. */
    public HttpResponse<String> submit(String path, String formId, Map<String, String> fields, Map<String, String> headers)
            throws IOException, InterruptedException {
        return post(path, form(path, formId), formId, fields, headers, null);
    }

    /** The form {@code formId} of the page at {@code path}, as the browser would send it untouched. */
    public Form form(String path, String formId) throws IOException, InterruptedException {
        HttpResponse<String> page = get(path);
        Element form = Jsoup.parse(page.body()).getElementById(formId);
        if (page.statusCode() != 200 || form == null || !form.tagName().equals("form")) {
            throw new IllegalStateException("no form at " + path + ": " + page.statusCode());
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Element field : form.select("input[name], textarea[name], select[name]")) {
            String type = field.attr("type");
            if (type.equals("submit") || type.equals("file") || (type.equals("checkbox") || type.equals("radio")) && !field.hasAttr("checked")) {
                continue;
            }
            String value = switch (field.tagName()) {
                case "textarea" -> field.wholeText();
                case "select" -> field.select("option[selected]").stream().findFirst()
                        .or(() -> field.select("option").stream().findFirst()).map(option -> option.attr("value")).orElse("");
                default -> field.attr("value");
            };
            values.putIfAbsent(field.attr("name"), value);
        }
        return new Form(values, form.attr("enctype").equalsIgnoreCase("multipart/form-data"));
    }

    /** What a shown form sends: each field's value, its view state and token among them, encoded as the form says. */
    public record Form(Map<String, String> values, boolean multipart) {

        public String token() {
            return values.get("form-token");
        }
    }

    /** The page a redirect leads to (after a change is made, the portal sends the browser back to a page), or the response. */
    public HttpResponse<String> follow(HttpResponse<String> response) throws IOException, InterruptedException {
        return response.statusCode() / 100 == 3
                ? get(URI.create(response.headers().firstValue("Location").orElseThrow()).getRawPath()
                + Optional.ofNullable(URI.create(response.headers().firstValue("Location").orElseThrow()).getRawQuery()).map(q -> "?" + q).orElse(""))
                : response;
    }

    /** Sends the form {@code formId}, as shown earlier, with the given fields (again, if sent before). */
    public HttpResponse<String> post(String path, Form shown, String formId, Map<String, String> fields)
            throws IOException, InterruptedException {
        return post(path, shown, formId, fields, Map.of(), null);
    }

    /** A file a form sends. */
    private record File(String field, String name, byte[] content) {
    }

    private HttpResponse<String> post(String path, Form shown, String formId, Map<String, String> fields,
                                      Map<String, String> headers, File file) throws IOException, InterruptedException {
        Map<String, String> form = new LinkedHashMap<>(shown.values());
        form.putAll(fields);
        form.put(formId, formId);
        boolean multipart = shown.multipart() || file != null;
        String boundary = "----staff-client-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (multipart) {
            form.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                    + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
            replaceAll(body, NOT_UTF_8.getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC3, 0x28});
            if (file != null) {
                body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.field() + "\"; filename=\""
                        + file.name() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                body.writeBytes(file.content());
                body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } else {
            body.writeBytes(form.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&")).replace(URLEncoder.encode(NOT_UTF_8, StandardCharsets.UTF_8), "%C3%28")
                    .getBytes(StandardCharsets.UTF_8));
        }
        HttpRequest.Builder post = request(path)
                .header("Content-Type", multipart ? "multipart/form-data; boundary=" + boundary : "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        headers.forEach(post::header);
        return http.send(post.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void replaceAll(ByteArrayOutputStream body, byte[] marker, byte[] replacement) {
        byte[] bytes = body.toByteArray();
        body.reset();
        for (int i = 0; i < bytes.length; i++) {
            if (i + marker.length <= bytes.length && Arrays.equals(bytes, i, i + marker.length, marker, 0, marker.length)) {
                body.writeBytes(replacement);
                i += marker.length - 1;
            } else {
                body.write(bytes[i]);
            }
        }
    }
}
