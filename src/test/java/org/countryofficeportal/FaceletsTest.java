package org.countryofficeportal;

import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Every page and tag is well-formed XML, as Facelets parses it: a broken one fails here, not at its first request. */
class FaceletsTest {

    @Test
    void everyFaceletIsWellFormed() throws IOException, ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        List<Path> facelets;
        try (Stream<Path> files = Files.walk(Path.of("webapp"))) {
            facelets = files.filter(file -> file.toString().endsWith(".xhtml")).toList();
        }
        assertFalse(facelets.isEmpty());
        List<String> broken = new ArrayList<>();
        for (Path facelet : facelets) {
            try {
                factory.newDocumentBuilder().parse(facelet.toFile());
            } catch (SAXException e) {
                broken.add(facelet + ": " + e.getMessage());
            }
        }
        assertEquals(List.of(), broken);
    }
}
