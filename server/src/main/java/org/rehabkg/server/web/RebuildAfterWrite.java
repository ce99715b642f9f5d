package org.rehabkg.server.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * On the write endpoints: after an accepted request that may have changed the data, runs the action
 * given, so what was built from the data is built again (the pages re-read it:
 * {@link PerDataVersion#dataChanged}; the server recounts its descriptions; the search API rebuilds its index).
 */
public final class RebuildAfterWrite extends HttpFilter {
    private final transient Runnable dataChanged;

    public RebuildAfterWrite(Runnable dataChanged) {
        this.dataChanged = dataChanged;
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
            dataChanged.run();
    }
}
