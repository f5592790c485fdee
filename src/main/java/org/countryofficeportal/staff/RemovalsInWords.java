package org.countryofficeportal.staff;

import org.countryofficeportal.platform.RemovedFromRichText;
import org.countryofficeportal.platform.RichText;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the sanitiser removed from a text, as a staff member reads it: "Removed from the body: a script and 2 inline styles." */
final class RemovalsInWords {

    /** Elements by what staff would call them: singular and plural. */
    private static final Map<String, String[]> ELEMENTS = Map.ofEntries(
            Map.entry("script", new String[]{"a script", "scripts"}),
            Map.entry("noscript", new String[]{"a script", "scripts"}),
            Map.entry("style", new String[]{"a style sheet", "style sheets"}),
            Map.entry("link", new String[]{"a link to a style sheet", "links to style sheets"}),
            Map.entry("iframe", new String[]{"an embedded page", "embedded pages"}),
            Map.entry("object", new String[]{"an embedded object", "embedded objects"}),
            Map.entry("embed", new String[]{"an embedded object", "embedded objects"}),
            Map.entry("video", new String[]{"a video", "videos"}),
            Map.entry("audio", new String[]{"a sound", "sounds"}),
            Map.entry("svg", new String[]{"a drawing", "drawings"}),
            Map.entry("form", new String[]{"a form", "forms"}),
            Map.entry("input", new String[]{"a form field", "form fields"}),
            Map.entry("textarea", new String[]{"a form field", "form fields"}),
            Map.entry("select", new String[]{"a form field", "form fields"}),
            Map.entry("button", new String[]{"a button", "buttons"}),
            Map.entry("a", new String[]{"a link without an address the portal allows", "links without an address the portal allows"}),
            Map.entry("img", new String[]{"an image without an address the portal allows", "images without an address the portal allows"}));

    /** Attributes by what staff would call them; any other is "a NAME attribute". */
    private static final Map<String, String[]> ATTRIBUTES = Map.of(
            "style", new String[]{"an inline style", "inline styles"},
            "class", new String[]{"a class", "classes"},
            "href", new String[]{"a link address the portal does not allow", "link addresses the portal does not allow"},
            "src", new String[]{"an image address the portal does not allow", "image addresses the portal does not allow"});

    private RemovalsInWords() {
    }

    static String of(RemovedFromRichText removed) {
        // Things called the same (an input and a select are both form fields) are counted together.
        Map<String, Integer> times = new LinkedHashMap<>();
        Map<String, String> plurals = new HashMap<>();
        for (RichText.Removal removal : removed.removals()) {
            String[] words = words(removal);
            times.merge(words[0], removal.times(), Integer::sum);
            plurals.put(words[0], words[1]);
        }
        List<String> parts = times.entrySet().stream()
                .map(kind -> kind.getValue() == 1 ? kind.getKey() : kind.getValue() + " " + plurals.get(kind.getKey()))
                .toList();
        return "Removed from the " + StaffMessages.fieldOf(removed.property()) + ": " + joined(parts) + ".";
    }

    private static String[] words(RichText.Removal removal) {
        String[] known = removal.isAttribute() ? ATTRIBUTES.get(removal.attribute()) : ELEMENTS.get(removal.element());
        if (known != null) {
            return known;
        }
        String name = removal.isAttribute() ? removal.attribute() + " attribute" : "<" + removal.element() + "> element";
        return new String[]{(startsWithVowel(name) ? "an " : "a ") + name, name + "s"};
    }

    private static boolean startsWithVowel(String name) {
        return "aeiou".indexOf(Character.toLowerCase(name.charAt(0))) >= 0;
    }

    private static String joined(List<String> parts) {
        return parts.size() == 1 ? parts.get(0)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }
}
