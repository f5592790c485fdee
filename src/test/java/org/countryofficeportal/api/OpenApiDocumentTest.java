package org.countryofficeportal.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Application;
import org.countryofficeportal.portal.ApiApplication;
import org.countryofficeportal.portal.FeedApplication;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The contract (META-INF/openapi.yaml) and the JAX-RS resources describe the same operations: each resource method is
 * documented at its address, under an operationId that is the method's name, with the same path and query
 * parameters; the document describes nothing else.
 */
class OpenApiDocumentTest {

    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    @Test
    void everyResourceMethodIsTheDocumentedOperationOfItsName() throws IOException {
        assertEquals(documentedOperations(), operationsOf(new ApiApplication(), new FeedApplication()));
    }

    /** An operation as both sides can tell it: its id and the names of its path and query parameters. */
    private record Operation(String id, Set<String> parameters) {
    }

    private static Map<String, Operation> documentedOperations() throws IOException {
        JsonNode document;
        try (InputStream yaml = OpenApiDocumentTest.class.getResourceAsStream("/META-INF/openapi.yaml")) {
            document = YAMLMapper.builder().build().readTree(yaml);
        }
        Map<String, Operation> operations = new TreeMap<>();
        JsonNode paths = document.get("paths");
        for (String path : paths.propertyNames()) {
            for (String method : paths.get(path).propertyNames()) {
                if (!HTTP_METHODS.contains(method)) {
                    continue;
                }
                JsonNode operation = paths.get(path).get(method);
                Set<String> parameters = new TreeSet<>();
                for (JsonNode parameter : operation.path("parameters")) {
                    JsonNode resolved = parameter.has("$ref") ? document.at(parameter.get("$ref").asString().substring(1)) : parameter;
                    if (Set.of("path", "query").contains(resolved.get("in").asString())) {
                        parameters.add(resolved.get("name").asString());
                    }
                }
                operations.put(method.toUpperCase() + " " + path, new Operation(operation.get("operationId").asString(), parameters));
            }
        }
        return operations;
    }

    private static Map<String, Operation> operationsOf(Application... applications) {
        Map<String, Operation> operations = new TreeMap<>();
        for (Application application : applications) {
            String root = application.getClass().getAnnotation(ApplicationPath.class).value();
            for (Class<?> resource : application.getClasses()) {
                Path path = resource.getAnnotation(Path.class);
                if (path == null) {
                    continue;
                }
                for (Method method : resource.getMethods()) {
                    httpMethod(method).ifPresent(httpMethod -> operations.put(
                            httpMethod + " " + address(root, path.value(), Optional.ofNullable(method.getAnnotation(Path.class)).map(Path::value).orElse("")),
                            new Operation(method.getName(), parameters(method))));
                }
            }
        }
        return operations;
    }

    private static Optional<String> httpMethod(Method method) {
        return Arrays.stream(method.getAnnotations())
                .map(annotation -> annotation.annotationType().getAnnotation(HttpMethod.class))
                .filter(httpMethod -> httpMethod != null)
                .map(HttpMethod::value)
                .findFirst();
    }

    private static Set<String> parameters(Method method) {
        return Arrays.stream(method.getParameters())
                .flatMap(OpenApiDocumentTest::parameterName)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Stream<String> parameterName(Parameter parameter) {
        for (Annotation annotation : parameter.getAnnotations()) {
            if (annotation instanceof PathParam pathParam) {
                return Stream.of(pathParam.value());
            }
            if (annotation instanceof QueryParam queryParam) {
                return Stream.of(queryParam.value());
            }
        }
        return Stream.empty();
    }

    private static String address(String... segments) {
        return ("/" + String.join("/", segments)).replaceAll("/+", "/").replaceAll("(.)/$", "$1");
    }
}
