package org.countryofficeportal.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a request comes from a page of the portal itself, by the Origin header browsers send with a post. The
 * portal's own origin is the address the request was sent to: its Host with the scheme it arrived by, or, behind a
 * proxy that ends TLS, X-Forwarded-Proto with X-Forwarded-Host (else Host), or one of {@code http.public.origins}. A
 * page of another site cannot set any of these headers, so it cannot pass for the portal.
 */
@ApplicationScoped
public class OwnOrigin {

    private static final Pattern ORIGIN = Pattern.compile("(https?)://([^/?#]+)", Pattern.CASE_INSENSITIVE);

    /** Comma-separated origins such as {@code https://portal.example.org} (Payara 6 cannot inject an optional list). */
    @Inject
    @ConfigProperty(name = "http.public.origins")
    Optional<String> publicOrigins;

    /** True when the request has no Origin (browsers leave it out of some same-site posts) or names the portal. */
    public boolean accepts(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        return origin == null || isOwn(origin, request.getScheme(), request.getHeader("Host"),
                request.getHeader("X-Forwarded-Proto"), request.getHeader("X-Forwarded-Host"),
                publicOrigins.map(list -> Arrays.stream(list.split(",")).map(String::strip).toList()).orElse(List.of()));
    }

    static boolean isOwn(String origin, String scheme, String host, String forwardedProto, String forwardedHost,
                         List<String> configured) {
        Optional<String> sent = normalised(origin);
        if (sent.isEmpty()) {
            return false;
        }
        Set<String> own = new HashSet<>();
        HeaderValues.host(host).ifPresent(name -> own.add(normalised(scheme, name)));
        Optional<String> publicHost = forwardedHost == null ? HeaderValues.host(host)
                : HeaderValues.host(forwardedHost.split(",", 2)[0]);
        HeaderValues.forwardedProto(forwardedProto).ifPresent(proto -> publicHost.ifPresent(name -> own.add(normalised(proto, name))));
        configured.forEach(entry -> normalised(entry).ifPresent(own::add));
        return own.contains(sent.get());
    }

    /** {@code scheme://host[:port]} in lower case without the scheme's default port; empty for "null" or anything else. */
    static Optional<String> normalised(String origin) {
        Matcher parts = ORIGIN.matcher(origin.strip());
        if (!parts.matches()) {
            return Optional.empty();
        }
        return HeaderValues.host(parts.group(2)).map(host -> normalised(parts.group(1), host));
    }

    private static String normalised(String scheme, String host) {
        String lowerScheme = scheme.toLowerCase(Locale.ROOT);
        String defaultPort = lowerScheme.equals("https") ? ":443" : ":80";
        String plainHost = host.endsWith(defaultPort) ? host.substring(0, host.length() - defaultPort.length()) : host;
        return lowerScheme + "://" + plainHost;
    }
}
