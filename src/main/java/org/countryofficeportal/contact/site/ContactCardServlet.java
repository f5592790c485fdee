package org.countryofficeportal.contact.site;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.countryofficeportal.contact.Contact;
import org.countryofficeportal.contact.ContactService;
import org.countryofficeportal.platform.KeptResponses;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A contact person as a vCard (RFC 6350) at {@code /contacts/{id}.vcf}, to save in a phone's address book. */
@WebServlet("/contacts/*")
public class ContactCardServlet extends HttpServlet {

    private static final Pattern CARD = Pattern.compile("/(\\d{1,18})\\.vcf");

    @EJB
    private ContactService contactService;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher card = CARD.matcher(String.valueOf(request.getPathInfo()));
        Contact contact = card.matches() ? contactService.find(Long.parseLong(card.group(1))).filter(found -> found.deletedAt().isEmpty()).orElse(null) : null;
        if (contact == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] vcard = VCard.of(contact).getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/vcard;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + VCard.fileName(contact) + "\"");
        response.setHeader("Cache-Control", "public, max-age=3600, s-maxage=" + KeptResponses.SHARED_CACHE_SECONDS);
        response.setContentLength(vcard.length);
        response.getOutputStream().write(vcard);
    }
}
