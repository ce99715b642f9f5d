package org.rehabkg.server;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses a logged-in write whose Origin header names another site (403): cross-site request
 * forgery with a login the browser has cached. Such a browser sends the login with a cross-site
 * form POST too, and CORS does not stop such a "simple" request: only the Origin header tells it
 * apart.
 */
final class CrossOriginWrites extends HttpFilter {
    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getRemoteUser() != null && !sameOrigin(request.getHeader("Origin"), request.getHeader("Host"))) {
            Refusal.send(response, HttpServletResponse.SC_FORBIDDEN, "cross-origin writes are refused (Origin: " + request.getHeader("Origin") + ")");
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * True without an Origin header (curl, scripts, same-origin GETs) or when the Origin names the
     * host and port the request was sent to (its Host header; the scheme is not compared, so a TLS
     * proxy that keeps the Host header in front of plain HTTP still counts as the same origin).
     */
    static boolean sameOrigin(String origin, String host) {
        if (origin == null)
            return true;
        if (host == null)
            return false;
        try {
            URI o = new URI(origin);
            if (o.getHost() == null)
                return false;   // "null" (sandboxed pages, file:) and the like
            int originPort = o.getPort() != -1 ? o.getPort() : "https".equalsIgnoreCase(o.getScheme()) ? 443 : 80;
            URI h = new URI("http://" + host);
            if (h.getHost() == null || !h.getHost().equalsIgnoreCase(o.getHost()))
                return false;
            return h.getPort() == -1 ? originPort == 80 || originPort == 443 : h.getPort() == originPort;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
