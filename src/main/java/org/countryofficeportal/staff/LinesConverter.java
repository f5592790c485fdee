package org.countryofficeportal.staff;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

import java.util.List;

/** A text area of one item per line, as the list of its lines: each stripped, blank ones dropped. */
@FacesConverter("lines")
public class LinesConverter implements Converter<List<String>> {

    @Override
    public List<String> getAsObject(FacesContext context, UIComponent component, String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, List<String> lines) {
        return lines == null ? "" : String.join("\n", lines);
    }
}
