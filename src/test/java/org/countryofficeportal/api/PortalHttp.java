package org.countryofficeportal.api;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Real HTTP to the portal under test, as the API tests speak it: requests to the API and the feeds, whose every
 * response must keep the contract the portal serves at /openapi, and the test fixtures' writes.
 */
final class PortalHttp {


    private final HttpClient http = HttpClient.newHttpClient();
    private final Supplier<URL> base;
    private ApiContract contract;

    /** @param base the portal's address, asked for at each request (Arquillian injects it after construction) */
    PortalHttp(Supplier<URL> base) {
        this.base = base;
    }

    HttpResponse<byte[]> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    void post(String path) throws IOException, InterruptedException {
        expectSuccess(send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.noBody())), path);
    }

    void delete(String path) throws IOException, InterruptedException {
        expectSuccess(send(HttpRequest.newBuilder(uri(path)).DELETE()), path);
    }

    HttpResponse<byte[]> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
        keepsTheContract(response);
        return response;
    }

    /** The contract the portal serves, read once. */
    ApiContract contract() throws IOException, InterruptedException {
        if (contract == null) {
            HttpResponse<byte[]> document = http.send(HttpRequest.newBuilder(uri("/openapi?format=JSON")).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, document.statusCode());
            contract = ApiContract.of(document.body());
        }
        return contract;
    }

    URI uri(String path) {
        return URI.create(base.get().toString().replaceAll("/$", "") + path);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** CORS preflights belong to HTTP, not to the API's operations; the test fixtures are no part of the API. */
    private void keepsTheContract(HttpResponse<byte[]> response) throws IOException, InterruptedException {
        String path = response.uri().getRawPath();
        String method = response.request().method();
        if ((path.startsWith("/api/") || path.startsWith("/feed/")) && !method.equals("OPTIONS")) {
            assertEquals(List.of(), contract().violations(method, response.uri(), response.statusCode(),
                    response.headers().map(), response.body()));
        }
    }

    private static void expectSuccess(HttpResponse<byte[]> response, String path) {
        assertTrue(response.statusCode() < 300, () -> path + " answered " + response.statusCode()
                + ": " + new String(response.body(), StandardCharsets.UTF_8));
    }
}
