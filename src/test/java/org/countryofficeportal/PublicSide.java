package org.countryofficeportal;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.support.ui.FluentWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * What the public sees of the portal under test, read over plain HTTP as a reader's browser or an app reads it: pages
 * and API responses, and the wait for a change made in the back office to show there (responses are kept a moment).
 */
public final class PublicSide {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newHttpClient();
    private final Supplier<URL> base;

    /** @param base the portal's address, asked for at each request (Arquillian injects it after construction) */
    public PublicSide(Supplier<URL> base) {
        this.base = base;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base.get().toString().replaceAll("/$", "") + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A JSON object the API answers. */
    public JsonObject json(String path) throws IOException, InterruptedException {
        try (var reader = Json.createReader(new StringReader(get(path).body()))) {
            return reader.readObject();
        }
    }

    public void awaitStatus(String path, int status) {
        await(() -> get(path).statusCode() == status, path + " answers " + status);
    }

    public void awaitBody(String path, String expected) {
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

    /** Asks again every 200 ms, for up to 10 s, until the condition holds. */
    private static void await(Check condition, String what) {
        try {
            new FluentWait<>(condition).withTimeout(PATIENCE).pollingEvery(Duration.ofMillis(200)).until(PublicSide::holds);
        } catch (TimeoutException notShown) {
            throw new AssertionError("not within " + PATIENCE.toSeconds() + " s: " + what);
        }
    }

    private static boolean holds(Check condition) {
        try {
            return condition.holds();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting", e);
        }
    }
}
