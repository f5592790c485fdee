package org.countryofficeportal.api;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * The API's contract, the OpenAPI document the portal serves, as a check on what the portal answers: the operation,
 * the documented status, the required headers, the media type and the body's schema. Checked bodies may carry no
 * property the document does not name (the published schemas leave clients free to ignore later additions; the
 * portal's own answers must not get ahead of its document).
 */
final class ApiContract {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    /** The address the document is known by to the schema validator, so that its {@code $ref}s resolve. */
    private static final String DOCUMENT = "https://contract.country-office-portal.test/openapi.json";

    private final JsonNode document;
    private final SchemaRegistry registry;
    private final List<PathTemplate> paths;
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    ApiContract(JsonNode document) {
        this.document = document;
        String closed = JSON.writeValueAsString(withoutUndocumentedProperties(document.deepCopy()));
        this.registry = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi30(), builder -> builder.schemas(Map.of(DOCUMENT, closed)));
        this.paths = document.get("paths").propertyNames().stream().map(PathTemplate::new)
                // A path without parameters wins over a template that also matches it (/releases/changes).
                .sorted(Comparator.comparingInt(PathTemplate::parameters))
                .toList();
    }

    /** The contract in a served document's JSON. */
    static ApiContract of(byte[] json) {
        return new ApiContract(JSON.readTree(json));
    }

    JsonNode document() {
        return document;
    }

    /** How the response to {@code method uri} departs from the contract; nothing for a response that keeps it. */
    List<String> violations(String method, URI uri, int status, Map<String, List<String>> headers, byte[] body) {
        String what = method + " " + uri.getRawPath() + " answered " + status;
        String verb = method.toLowerCase(Locale.ROOT);
        Optional<PathTemplate> path = paths.stream().filter(template -> template.matches(uri.getRawPath())).findFirst()
                .filter(template -> document.get("paths").get(template.template()).has(verb));
        if (path.isEmpty()) {
            return undocumentedRequest(what, status, headers, body);
        }
        JsonNode responses = document.get("paths").get(path.get().template()).get(verb).get("responses");
        String pointer = "/paths/" + escape(path.get().template()) + "/" + verb + "/responses/";
        String code = String.valueOf(status);
        if (!responses.has(code)) {
            return List.of(what + ", a status its operation does not document");
        }
        Located response = resolve(new Located(responses.get(code), pointer + code));
        List<String> violations = new ArrayList<>(headerViolations(what, response, headers));
        JsonNode content = response.node().get("content");
        if (content == null) {
            if (body.length > 0) {
                violations.add(what + " with a body where the document has none");
            }
            return violations;
        }
        String mediaType = mediaType(headers);
        if (!content.has(mediaType)) {
            violations.add(what + " in " + mediaType + ", which the document does not name: " + content.propertyNames());
            return violations;
        }
        if (isJson(mediaType)) {
            violations.addAll(schemaViolations(what, pointer(response, "/content/" + escape(mediaType) + "/schema"),
                    decoded(headers, body)));
        }
        return violations;
    }

    /** How {@code value} departs from the schema at {@code pointer} (a JSON pointer into the document). */
    List<String> schemaViolations(String what, String pointer, JsonNode value) {
        return schema(pointer).validate(value).stream().map(Error::toString).map(error -> what + ": " + error).toList();
    }

    private List<String> schemaViolations(String what, String pointer, byte[] body) {
        try {
            return schemaViolations(what, pointer, JSON.readTree(body));
        } catch (JacksonException e) {
            return List.of(what + " with a body that is not JSON: " + e.getOriginalMessage());
        }
    }

    /** An address or method the document does not describe may only be refused, with a problem. */
    private List<String> undocumentedRequest(String what, int status, Map<String, List<String>> headers, byte[] body) {
        if (status < 400) {
            return List.of(what + ", an operation the document does not describe");
        }
        if (!mediaType(headers).equals("application/problem+json")) {
            return List.of(what + " in " + mediaType(headers) + ", not as a problem");
        }
        return schemaViolations(what, "/components/schemas/Problem", decoded(headers, body));
    }

    private List<String> headerViolations(String what, Located response, Map<String, List<String>> headers) {
        List<String> violations = new ArrayList<>();
        JsonNode documented = response.node().get("headers");
        if (documented == null) {
            return violations;
        }
        for (String name : documented.propertyNames()) {
            Located header = resolve(new Located(documented.get(name), pointer(response, "/headers/" + escape(name))));
            Optional<String> value = header(headers, name);
            if (value.isEmpty()) {
                if (header.node().path("required").asBoolean(false)) {
                    violations.add(what + " without the header " + name);
                }
                continue;
            }
            violations.addAll(schemaViolations(what + ", header " + name, pointer(header, "/schema"),
                    StringNode.valueOf(value.get())));
        }
        return violations;
    }

    private Schema schema(String pointer) {
        return schemas.computeIfAbsent(pointer, p -> registry.getSchema(SchemaLocation.of(DOCUMENT + "#" + p)));
    }

    /** Follows a {@code $ref} to a component (responses and headers may be one). */
    private Located resolve(Located located) {
        JsonNode ref = located.node().get("$ref");
        if (ref == null) {
            return located;
        }
        String pointer = ref.asString().substring(1);
        return resolve(new Located(document.at(pointer), pointer));
    }

    private static String pointer(Located parent, String child) {
        return parent.pointer() + child;
    }

    /** A JSON pointer's escaping of one key ({@code /api/v1/offices} becomes {@code ~1api~1v1~1offices}). */
    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    private static byte[] decoded(Map<String, List<String>> headers, byte[] body) {
        if (!header(headers, "Content-Encoding").orElse("").equalsIgnoreCase("gzip")) {
            return body;
        }
        try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return gzip.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("a gzip body that does not decompress", e);
        }
    }

    private static String mediaType(Map<String, List<String>> headers) {
        return header(headers, "Content-Type").map(type -> type.split(";")[0].strip().toLowerCase(Locale.ROOT)).orElse("(none)");
    }

    private static boolean isJson(String mediaType) {
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }

    private static Optional<String> header(Map<String, List<String>> headers, String name) {
        return headers.entrySet().stream()
                .filter(header -> header.getKey().equalsIgnoreCase(name) && !header.getValue().isEmpty())
                .map(header -> String.join(", ", header.getValue()))
                .findFirst();
    }

    /** The document with {@code additionalProperties: false} on every object schema that does not say otherwise. */
    private static JsonNode withoutUndocumentedProperties(JsonNode node) {
        if (node instanceof ObjectNode object && object.has("properties") && !object.has("additionalProperties")) {
            object.put("additionalProperties", false);
        }
        for (JsonNode child : node) {
            withoutUndocumentedProperties(child);
        }
        return node;
    }

    /** A node of the document and the JSON pointer it is at. */
    private record Located(JsonNode node, String pointer) {
    }

    private record PathTemplate(String template, Pattern pattern, int parameters) {

        PathTemplate(String template) {
            this(template, Pattern.compile(Pattern.quote(template).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q")),
                    (int) template.chars().filter(c -> c == '{').count());
        }

        boolean matches(String path) {
            return pattern.matcher(path).matches();
        }
    }
}
