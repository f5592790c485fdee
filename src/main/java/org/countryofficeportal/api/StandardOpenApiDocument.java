package org.countryofficeportal.api;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Serves META-INF/openapi.yaml as written. Payara Micro 6 adds a top-level {@code endpoints} key to every document
 * with paths, which OpenAPI does not have (validators refuse the document). Payara's MicroProfile API gives no way to
 * remove it, so its setter is called by name with an empty value, which is not written. Later Payara versions write
 * it as the extension {@code x-endpoints}; where the setter is gone, there is nothing to remove.
 */
public class StandardOpenApiDocument implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI document) {
        payaraEndpointsSetter(document).ifPresent(setter -> {
            try {
                setter.invoke(document, new HashMap<String, Set<String>>());
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("Payara's 'endpoints' key cannot be removed from the OpenAPI document", e);
            }
        });
    }

    private static Optional<Method> payaraEndpointsSetter(OpenAPI document) {
        try {
            return Optional.of(document.getClass().getMethod("setEndpoints", Map.class));
        } catch (NoSuchMethodException e) {
            return Optional.empty();
        }
    }
}
