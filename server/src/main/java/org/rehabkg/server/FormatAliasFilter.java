package org.rehabkg.server;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Accepts the {@code ?format=} names that Fuseki does not know, by renaming them to Fuseki's before
 * its own handling of {@code format}/{@code output}: those of {@code rehabkg query --results}, and
 * those SPARQLWrapper sends ({@code n3}, {@code rdf+xml}, {@code rdf}). Fuseki already takes json,
 * xml, csv, tsv, text (results) and ttl, turtle, nt, json-ld, xml (graphs). A request with neither
 * an {@code Accept} header nor a format parameter gets the defaults docs/endpoint.md names (JSON
 * results, Turtle graphs); Fuseki on its own would answer a SELECT in XML.
 */
final class FormatAliasFilter extends HttpFilter {
    static final Map<String, String> ALIASES = Map.of(
        "jsonld", "json-ld",
        "ntriples", "nt",
        "n-triples", "nt",
        "rdfxml", "xml",
        "rdf-xml", "xml",
        "srj", "json",
        "srx", "xml",
        // SPARQLWrapper's names (its returnFormat, sent as format=): N3 is read as Turtle, which it contains.
        "n3", "ttl",
        "rdf+xml", "xml",
        "rdf", "xml");
    /** The defaults for a client that states no preference: JSON for results, Turtle for graphs. */
    static final String DEFAULT_ACCEPT = "application/sparql-results+json, text/turtle;q=0.9, */*;q=0.1";
    private static final String[] PARAMS = { "format", "output" };

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest r = needsRenaming(request) ? new Renamed(request) : request;
        if (request.getHeader("Accept") == null && request.getParameter("format") == null && request.getParameter("output") == null)
            r = new DefaultAccept(r);
        chain.doFilter(r, response);
    }

    private static final class DefaultAccept extends HttpServletRequestWrapper {
        DefaultAccept(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getHeader(String name) {
            return "Accept".equalsIgnoreCase(name) ? DEFAULT_ACCEPT : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return "Accept".equalsIgnoreCase(name) ? Collections.enumeration(List.of(DEFAULT_ACCEPT)) : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            List<String> names = Collections.list(super.getHeaderNames());
            names.add("Accept");
            return Collections.enumeration(names);
        }
    }

    private static boolean needsRenaming(HttpServletRequest request) {
        for (String p : PARAMS) {
            String v = request.getParameter(p);
            if (v != null && ALIASES.containsKey(v))
                return true;
        }
        return false;
    }

    private static final class Renamed extends HttpServletRequestWrapper {
        Renamed(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            String value = super.getParameter(name);
            return isFormat(name) ? rename(value) : value;
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = super.getParameterValues(name);
            if (values == null || !isFormat(name))
                return values;
            String[] renamed = values.clone();
            for (int i = 0; i < renamed.length; i++)
                renamed[i] = rename(renamed[i]);
            return renamed;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            Map<String, String[]> map = new LinkedHashMap<>(super.getParameterMap());
            map.replaceAll((k, v) -> getParameterValues(k));
            return map;
        }

        private static boolean isFormat(String name) {
            return PARAMS[0].equals(name) || PARAMS[1].equals(name);
        }

        private static String rename(String value) {
            return value == null ? null : ALIASES.getOrDefault(value, value);
        }
    }
}
