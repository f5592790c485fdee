package org.countryofficeportal.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The address a request came from, for login throttling. Behind a load balancer every connection comes from the
 * balancer, so for connections from the proxies that {@code http.trusted.proxies} names, the client is the
 * nearest X-Forwarded-For hop that is not one of them: hops further back are whatever the client chose to send.
 */
@ApplicationScoped
public class ClientAddress {

    /** Comma-separated (Payara 6 cannot inject an optional list). */
    @Inject
    @ConfigProperty(name = "http.trusted.proxies")
    Optional<String> trustedProxies;

    public String of(HttpServletRequest request) {
        String connection = request.getRemoteAddr();
        List<String> trusted = trustedProxies.map(list -> Arrays.stream(list.split(",")).map(String::strip).toList())
                .orElse(List.of());
        // A header that is not a list of addresses was not written by a trusted proxy: the connection is all there is.
        List<String> hops = HeaderValues.forwardedFor(request.getHeader("X-Forwarded-For")).orElse(List.of());
        if (!trusted.contains(connection)) {
            return connection;
        }
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!trusted.contains(hops.get(i))) {
                return hops.get(i);
            }
        }
        return connection;
    }
}
