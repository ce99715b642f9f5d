package org.rehabkg.server;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** On the write endpoints: a request that may have changed the data asks for fresh descriptions. */
final class RecountAfterWrite extends HttpFilter {
    private final transient Descriptions descriptions;

    RecountAfterWrite(Descriptions descriptions) {
        this.descriptions = descriptions;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, response);
        boolean write = switch (request.getMethod()) {
            case "POST", "PUT", "DELETE", "PATCH" -> true;
            default -> false;
        };
        if (write && response.getStatus() < 300)
            descriptions.dataChanged();
    }
}
