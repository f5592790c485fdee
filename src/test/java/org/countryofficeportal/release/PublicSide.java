package org.countryofficeportal.release;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * What the public sees of the portal under test, read over plain HTTP as a reader's browser or an app reads it: pages
 * and API responses, and the wait for a change made in the back office to show there (responses are kept a moment).
 */
final class PublicSide {

    private static final long PATIENCE_NANOS = 10_000_000_000L;

    private final HttpClient http = HttpClient.newHttpClient();
    private final Supplier<URL> base;

    /** @param base the portal's address, asked for at each request (Arquillian injects it after construction) */
    PublicSide(Supplier<URL> base) {
        this.base = base;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base.get().toString().replaceAll("/$", "") + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A JSON object the API answers. */
    JsonObject json(String path) throws IOException, InterruptedException {
        try (var reader = Json.createReader(new StringReader(get(path).body()))) {
            return reader.readObject();
        }
    }

    void awaitStatus(String path, int status) throws InterruptedException {
        await(() -> get(path).statusCode() == status, path + " answers " + status);
    }

    void awaitBody(String path, String expected) throws InterruptedException {
        String[] last = {""};
        try {
            await(() -> (last[0] = get(path).body()).contains(expected), path + " shows " + expected);
        } catch (AssertionError notShown) {
            throw new AssertionError(notShown.getMessage() + "; it shows: " + last[0], notShown);
        }
    }

    private interface Check {
        boolean holds() throws IOException, InterruptedException;
    }

    private static void await(Check condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE_NANOS;
        while (!holds(condition)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 10 s: " + what);
            }
            Thread.sleep(200);
        }
    }

    private static boolean holds(Check condition) throws InterruptedException {
        try {
            return condition.holds();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
