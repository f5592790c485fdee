package org.countryofficeportal.reader;

import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * {@code /.well-known/assetlinks.json}: Android checks it before a Trusted Web Activity shows the reader app
 * without a browser bar. 404 while no Android app is configured; a configuration that is set but wrong stops the
 * deployment with a message naming the setting, rather than failing quietly on the phones.
 */
@WebServlet(urlPatterns = "/.well-known/assetlinks.json", loadOnStartup = 1)
public class AssetLinksServlet extends HttpServlet {

    @Inject
    @ConfigProperty(name = AssetLinks.PACKAGE)
    private Optional<String> packageName;

    @Inject
    @ConfigProperty(name = AssetLinks.FINGERPRINTS)
    private Optional<String> fingerprints;

    private Optional<byte[]> statements;

    @Override
    public void init() throws ServletException {
        try (Jsonb jsonb = JsonbBuilder.create()) {
            statements = AssetLinks.of(packageName, fingerprints).map(list -> jsonb.toJson(list).getBytes(StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new ServletException(e.getMessage(), e);
        } catch (Exception e) {
            throw new ServletException("could not write the asset links", e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (statements.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] body = statements.get();
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "public, max-age=3600");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
