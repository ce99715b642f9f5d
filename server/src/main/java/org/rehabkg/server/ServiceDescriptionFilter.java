package org.rehabkg.server;

import java.io.IOException;

import org.apache.jena.riot.web.HttpNames;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A query endpoint fetched without a query answers with its SPARQL Service Description (section 2
 * of the SD specification); Fuseki on its own would answer 400 "no query". Everything else passes on.
 */
final class ServiceDescriptionFilter extends HttpFilter {
    private final transient Descriptions descriptions;

    ServiceDescriptionFilter(Descriptions descriptions) {
        this.descriptions = descriptions;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (!read || request.getParameter(HttpNames.paramQuery) != null) {
            chain.doFilter(request, response);
            return;
        }
        String endpoint = request.getRequestURL().toString();
        RdfResponse.write(request, response, ServiceDescription.build(descriptions.stats(), endpoint));
    }
}
