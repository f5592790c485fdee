package org.countryofficeportal.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The seed content bundle that ships inside the WAR: the real content of the offices, imported on the first start. */
@ApplicationScoped
public class ShippedSeed {

    static final String BUNDLE = "META-INF/content/seed-bundle.json";
    static final String FILE = "seed-bundle.json";

    @Inject
    private BundleReader bundleReader;

    public ContentBundle read() {
        try (InputStream json = ShippedSeed.class.getClassLoader().getResourceAsStream(BUNDLE)) {
            if (json == null) {
                throw new IllegalStateException(BUNDLE + " is missing from the application");
            }
            return bundleReader.read(FILE, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
