package org.countryofficeportal.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads a content bundle and refuses it whole, naming file, item and field of every problem, when it is
 * malformed (not JSON, wrong types, unknown fields), invalid (a field breaks its constraint) or inconsistent
 * (duplicate ids, references to items the bundle lacks).
 */
@ApplicationScoped
public class BundleReader {

    private static final List<String> LABEL_FIELDS = List.of("slug", "id", "name", "shortName");

    private final Jsonb jsonb = JsonbBuilder.create();
    private final Jsonb writer = JsonbBuilder.create(new JsonbConfig().withFormatting(true));

    @Inject
    private Validator validator;

    /**
     * @param file the name the bundle's problems are reported under
     * @throws InvalidBundleException listing every problem found
     */
    /** The bundle as JSON, as {@link #read} takes it back. */
    public void write(ContentBundle bundle, OutputStream json) {
        writer.toJson(bundle, json);
    }

    public ContentBundle read(String file, InputStream json) {
        List<BundleProblem> problems = new ArrayList<>();
        JsonObject root = parse(file, json, problems);
        if (root == null) {
            throw new InvalidBundleException(problems);
        }
        checkFormat(file, root, problems);
        reportUnknownSections(file, root, problems);

        Sections sections = new Sections(file, root, problems);
        ContentBundle.Organisation organisation = sections.single("organisation", ContentBundle.Organisation.class);
        ContentBundle bundle = new ContentBundle(ContentBundle.FORMAT, ContentBundle.FORMAT_VERSION, organisation,
                sections.list("countries", ContentBundle.Country.class),
                sections.list("offices", ContentBundle.Office.class),
                sections.list("contacts", ContentBundle.Contact.class),
                sections.list("releases", ContentBundle.Release.class),
                sections.list("mediaCoverage", ContentBundle.MediaCoverage.class));
        if (problems.isEmpty()) {
            problems.addAll(new BundleConsistency(file, bundle).problems());
        }
        if (!problems.isEmpty()) {
            throw new InvalidBundleException(problems);
        }
        return bundle;
    }

    private static JsonObject parse(String file, InputStream json, List<BundleProblem> problems) {
        try (JsonReader reader = Json.createReader(new InputStreamReader(json, StandardCharsets.UTF_8))) {
            JsonStructure document = reader.read();
            if (document instanceof JsonObject object) {
                return object;
            }
            problems.add(new BundleProblem(file, "", "", "the bundle must be one JSON object, not an array"));
        } catch (JsonParsingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNumber() + ", column " + at.getColumnNumber();
            problems.add(new BundleProblem(file, "", "", "not well-formed JSON" + where + ": " + e.getMessage()));
        } catch (JsonException e) {
            problems.add(new BundleProblem(file, "", "", "cannot be read as JSON: " + e.getMessage()));
        } catch (RuntimeException e) {
            // Parsson refuses a document nested deeper than it reads ("Input is too deeply nested 1,000") with a bare
            // RuntimeException; nothing else happens in this block but reading JSON.
            problems.add(new BundleProblem(file, "", "", "cannot be read as JSON: " + e.getMessage()
                    + " (a content bundle nests objects and lists a few levels deep at most)"));
        }
        return null;
    }

    private static void checkFormat(String file, JsonObject root, List<BundleProblem> problems) {
        JsonValue format = root.get("format");
        if (!(format instanceof JsonString name) || !ContentBundle.FORMAT.equals(name.getString())) {
            problems.add(new BundleProblem(file, "", "format", "must be \"" + ContentBundle.FORMAT + "\""));
        }
        JsonValue version = root.get("formatVersion");
        if (!(version instanceof JsonNumber number) || !number.isIntegral()
                || number.intValue() != ContentBundle.FORMAT_VERSION) {
            problems.add(new BundleProblem(file, "", "formatVersion",
                    "must be " + ContentBundle.FORMAT_VERSION + ", the only version this release reads"));
        }
    }

    private static void reportUnknownSections(String file, JsonObject root, List<BundleProblem> problems) {
        List<String> sections = Arrays.stream(ContentBundle.class.getRecordComponents()).map(RecordComponent::getName).toList();
        root.keySet().stream()
                .filter(name -> !sections.contains(name))
                .forEach(name -> problems.add(new BundleProblem(file, "", name, "is not a section of the bundle format")));
    }

    /** A field the format does not define is most likely a typo that would silently lose content. */
    private static void reportUnknownFields(String file, String item, JsonObject object, Class<?> type,
                                            String path, List<BundleProblem> problems) {
        Map<String, RecordComponent> components = Arrays.stream(type.getRecordComponents())
                .collect(Collectors.toMap(RecordComponent::getName, Function.identity()));
        for (Map.Entry<String, JsonValue> field : object.entrySet()) {
            RecordComponent component = components.get(field.getKey());
            String fieldPath = path + field.getKey();
            if (component == null) {
                problems.add(new BundleProblem(file, item, fieldPath, "is not a field of the bundle format"));
            } else {
                nestedRecordType(component).ifPresent(nested -> {
                    if (field.getValue() instanceof JsonObject child) {
                        reportUnknownFields(file, item, child, nested, fieldPath + ".", problems);
                    } else if (field.getValue() instanceof JsonArray children) {
                        for (int i = 0; i < children.size(); i++) {
                            if (children.get(i) instanceof JsonObject child) {
                                reportUnknownFields(file, item, child, nested, fieldPath + "[" + i + "].", problems);
                            }
                        }
                    }
                });
            }
        }
    }

    private static Optional<Class<?>> nestedRecordType(RecordComponent component) {
        Type type = component.getGenericType();
        if (type instanceof ParameterizedType list && list.getActualTypeArguments()[0] instanceof Class<?> element) {
            type = element;
        }
        return type instanceof Class<?> plain && plain.isRecord() ? Optional.of(plain) : Optional.empty();
    }

    /** Reads the bundle's sections item by item, so that each problem is tied to its item. */
    private final class Sections {

        private final String file;
        private final JsonObject root;
        private final List<BundleProblem> problems;

        Sections(String file, JsonObject root, List<BundleProblem> problems) {
            this.file = file;
            this.root = root;
            this.problems = problems;
        }

        <T extends ContentBundle.Item> T single(String name, Class<T> type) {
            JsonValue value = root.get(name);
            if (!(value instanceof JsonObject object)) {
                problems.add(new BundleProblem(file, "", name, "is required and must be an object"));
                return null;
            }
            return item(name, object, type);
        }

        <T extends ContentBundle.Item> List<T> list(String name, Class<T> type) {
            JsonValue value = root.get(name);
            if (value == null || value == JsonValue.NULL) {
                return List.of();
            }
            if (!(value instanceof JsonArray array)) {
                problems.add(new BundleProblem(file, "", name, "must be an array"));
                return List.of();
            }
            List<T> items = new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                String position = name + "[" + i + "]";
                if (array.get(i) instanceof JsonObject object) {
                    T item = item(position, object, type);
                    if (item != null) {
                        items.add(item);
                    }
                } else {
                    problems.add(new BundleProblem(file, position, "", "must be an object"));
                }
            }
            return items;
        }

        private <T extends ContentBundle.Item> T item(String position, JsonObject object, Class<T> type) {
            String item = position + labelOf(object);
            int before = problems.size();
            reportUnknownFields(file, item, object, type, "", problems);
            T value;
            try {
                value = jsonb.fromJson(object.toString(), type);
            } catch (JsonbException e) {
                problems.add(new BundleProblem(file, item, fieldNamedIn(e), "has a value of the wrong type or form: "
                        + innermostMessage(e)));
                return null;
            }
            for (ConstraintViolation<T> violation : validator.validate(value)) {
                problems.add(new BundleProblem(file, item, violation.getPropertyPath().toString(), violation.getMessage()));
            }
            return problems.size() == before ? value : null;
        }
    }

    private static String labelOf(JsonObject object) {
        return LABEL_FIELDS.stream()
                .map(object::get)
                .filter(JsonString.class::isInstance)
                .map(value -> " '" + ((JsonString) value).getString() + "'")
                .findFirst()
                .orElse("");
    }

    /** JSON-B names the property it could not read in its message; that is the only place it says so. */
    private static String fieldNamedIn(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            int start = message.indexOf("property '");
            if (start >= 0) {
                int end = message.indexOf('\'', start + 10);
                if (end > start) {
                    return message.substring(start + 10, end);
                }
            }
        }
        return "";
    }

    private static String innermostMessage(Throwable e) {
        Throwable innermost = e;
        while (innermost.getCause() != null) {
            innermost = innermost.getCause();
        }
        return innermost.getMessage();
    }
}
