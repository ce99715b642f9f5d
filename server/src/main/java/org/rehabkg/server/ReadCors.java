package org.rehabkg.server;

import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.servlets.CrossOriginFilter;

import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;

/**
 * Fuseki's CORS filter set up for the anonymous read endpoints: any origin, the methods a SPARQL
 * query uses, and no credentials (the filter's default would echo the origin with
 * {@code Allow-Credentials: true}, which reads never need). Not installed on the write endpoints.
 */
final class ReadCors extends CrossOriginFilter {
    private static final Map<String, String> PARAMS = Map.of(
        ALLOWED_ORIGINS_PARAM, "*",
        ALLOWED_METHODS_PARAM, "GET,POST,HEAD,OPTIONS",
        ALLOWED_HEADERS_PARAM, "X-Requested-With,Content-Type,Accept,Origin",
        ALLOW_CREDENTIALS_PARAM, "false");

    /**
     * Serves a read-only document at {@code path}, readable by pages and query editors on other
     * origins: the one way the modules add such a servlet.
     */
    static void serve(FusekiServer.Builder builder, String path, HttpServlet servlet) {
        builder.addServlet(path, servlet).addFilter(path, new ReadCors());
    }

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(new FilterConfig() {
            @Override
            public String getFilterName() {
                return config.getFilterName();
            }

            @Override
            public ServletContext getServletContext() {
                return config.getServletContext();
            }

            @Override
            public String getInitParameter(String name) {
                return PARAMS.get(name);
            }

            @Override
            public Enumeration<String> getInitParameterNames() {
                return Collections.enumeration(PARAMS.keySet());
            }
        });
    }
}
