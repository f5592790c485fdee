package org.countryofficeportal.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;

/** The API and the feeds are public and read-only: any origin may GET them, cross-origin included. */
@Provider
public class CorsFilter implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putSingle("Access-Control-Allow-Origin", "*");
        headers.putSingle("Access-Control-Expose-Headers", "ETag, Last-Modified, Content-Language, Link");
        if ("OPTIONS".equals(request.getMethod())) {
            headers.putSingle("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS");
            headers.putSingle("Access-Control-Allow-Headers", "Accept, Accept-Language, If-None-Match, If-Modified-Since");
            headers.putSingle("Access-Control-Max-Age", "86400");
        }
    }
}
