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
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null || !trusted.contains(connection)) {
            return connection;
        }
        String[] hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!hop.isEmpty() && !trusted.contains(hop)) {
                return hop;
            }
        }
        return connection;
    }
}
