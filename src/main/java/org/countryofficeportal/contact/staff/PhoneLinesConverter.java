package org.countryofficeportal.contact.staff;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import org.countryofficeportal.contact.ContactCommands.PhoneText;
import org.countryofficeportal.contact.Phone;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Phone numbers as staff type them, one per line: "+92 51 2276456 ext. 273" is the number and its extension. */
@FacesConverter("phones")
public class PhoneLinesConverter implements Converter<List<PhoneText>> {

    private static final Pattern LINE = Pattern.compile("(" + Phone.NUMBER_PATTERN + "?)\\s*(?:(?:ext\\.?|extension|x)\\s*("
            + Phone.EXTENSION_PATTERN + "))?", Pattern.CASE_INSENSITIVE);

    @Override
    public List<PhoneText> getAsObject(FacesContext context, UIComponent component, String text) {
        List<PhoneText> phones = new ArrayList<>();
        for (String line : text == null ? List.<String>of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
            Matcher phone = LINE.matcher(line);
            if (!phone.matches()) {
                throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, "“" + line + "” is not a phone number in "
                        + Phone.FORM + ".", null));
            }
            phones.add(new PhoneText(phone.group(1).strip(), phone.group(2)));
        }
        return phones;
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, List<PhoneText> phones) {
        return phones == null ? "" : String.join("\n", phones.stream()
                .map(phone -> phone.number() + (phone.extension() == null ? "" : " ext. " + phone.extension())).toList());
    }
}
