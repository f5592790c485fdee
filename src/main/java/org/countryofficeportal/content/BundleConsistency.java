package org.countryofficeportal.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** The rules that tie a bundle's items together: unique ids and slugs, and references that resolve. */
final class BundleConsistency {

    private final String file;
    private final ContentBundle bundle;
    private final List<BundleProblem> problems = new ArrayList<>();

    BundleConsistency(String file, ContentBundle bundle) {
        this.file = file;
        this.bundle = bundle;
    }

    List<BundleProblem> problems() {
        Set<String> countries = unique("countries", bundle.countries(), ContentBundle.Country::id, "id");
        Map<String, ContentBundle.Office> offices = new HashMap<>();
        unique("offices", bundle.offices(), ContentBundle.Office::id, "id");
        bundle.offices().forEach(office -> offices.put(office.id(), office));
        Map<String, String> officeOfRelease = new HashMap<>();
        unique("releases", bundle.releases(), ContentBundle.Release::slug, "slug");
        bundle.releases().forEach(release -> officeOfRelease.put(release.slug(), release.office()));
        unique("mediaCoverage", bundle.mediaCoverage(), ContentBundle.MediaCoverage::slug, "slug");

        for (int i = 0; i < bundle.offices().size(); i++) {
            ContentBundle.Office office = bundle.offices().get(i);
            String item = item("offices", i, office);
            if (office.parent() != null) {
                refersTo(offices.keySet(), item, "parent", office.parent(), "office");
                if (hasParentCycle(office, offices)) {
                    problems.add(new BundleProblem(file, item, "parent", "its chain of parent offices leads back to itself"));
                }
            }
            for (int c = 0; c < office.countries().size(); c++) {
                refersTo(countries, item, "countries[" + c + "]", office.countries().get(c), "country");
            }
        }
        for (int i = 0; i < bundle.contacts().size(); i++) {
            ContentBundle.Contact contact = bundle.contacts().get(i);
            refersTo(offices.keySet(), item("contacts", i, contact), "office", contact.office(), "office");
        }
        for (int i = 0; i < bundle.releases().size(); i++) {
            ContentBundle.Release release = bundle.releases().get(i);
            String item = item("releases", i, release);
            refersTo(offices.keySet(), item, "office", release.office(), "office");
            Set<String> languages = new HashSet<>(Set.of(release.language()));
            for (int t = 0; t < release.translations().size(); t++) {
                if (!languages.add(release.translations().get(t).language())) {
                    problems.add(new BundleProblem(file, item, "translations[" + t + "].language",
                            "the release already has a text in '" + release.translations().get(t).language() + "'"));
                }
            }
        }
        for (int i = 0; i < bundle.mediaCoverage().size(); i++) {
            ContentBundle.MediaCoverage coverage = bundle.mediaCoverage().get(i);
            String item = item("mediaCoverage", i, coverage);
            refersTo(offices.keySet(), item, "office", coverage.office(), "office");
            if (coverage.release() != null && refersTo(officeOfRelease.keySet(), item, "release", coverage.release(), "release")
                    && !officeOfRelease.get(coverage.release()).equals(coverage.office())) {
                problems.add(new BundleProblem(file, item, "release",
                        "release '" + coverage.release() + "' belongs to another office than '" + coverage.office() + "'"));
            }
        }
        return problems;
    }

    private <T extends ContentBundle.Item> Set<String> unique(String section, List<T> items, Function<T, String> key, String field) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            if (!seen.add(key.apply(items.get(i)))) {
                problems.add(new BundleProblem(file, item(section, i, items.get(i)), field,
                        "'" + key.apply(items.get(i)) + "' is used by an earlier item already"));
            }
        }
        return seen;
    }

    private boolean refersTo(Set<String> known, String item, String field, String reference, String what) {
        if (known.contains(reference)) {
            return true;
        }
        problems.add(new BundleProblem(file, item, field, "refers to " + what + " '" + reference + "', which the bundle does not contain"));
        return false;
    }

    private static boolean hasParentCycle(ContentBundle.Office start, Map<String, ContentBundle.Office> offices) {
        Set<String> visited = new HashSet<>();
        for (ContentBundle.Office office = start; office != null && office.parent() != null; office = offices.get(office.parent())) {
            if (!visited.add(office.id())) {
                return true;
            }
        }
        return false;
    }

    private static String item(String section, int index, ContentBundle.Item item) {
        return section + "[" + index + "] '" + item.label() + "'";
    }
}
