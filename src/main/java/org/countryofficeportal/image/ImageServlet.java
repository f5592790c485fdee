package org.countryofficeportal.image;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves uploaded images at {@code /images/{id}-{digest start}.{extension}}, and their renditions at
 * {@code /images/{id}-{digest start}-{width}w.{extension}}. An address never changes what it serves, so browsers and
 * proxies may keep an image for a year without asking again.
 */
@WebServlet("/images/*")
public class ImageServlet extends HttpServlet {

    private static final Pattern ADDRESS = Pattern.compile("/([0-9]{1,18})-([0-9a-f]{16})(?:-([0-9]{1,4})w)?\\.(jpg|png|webp)");

    @EJB
    private ImageService images;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher address = ADDRESS.matcher(Optional.ofNullable(request.getPathInfo()).orElse(""));
        if (!address.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        long id = Long.parseLong(address.group(1));
        Optional<Integer> width = Optional.ofNullable(address.group(3)).map(Integer::valueOf);
        Optional<ImageService.Served> served = (width.isPresent()
                ? images.rendition(id, address.group(2), width.get())
                : images.find(id, address.group(2)))
                .filter(found -> found.image().type().extension().equals(address.group(4)));
        if (served.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Image image = served.get().image();
        String etag = "\"" + image.sha256() + width.map(w -> "-" + w + "w").orElse("") + "\"";
        response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
        response.setHeader("ETag", etag);
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(image.type().mediaType());
        response.setContentLength(served.get().bytes().length);
        response.getOutputStream().write(served.get().bytes());
    }
}
