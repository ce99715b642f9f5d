package org.rehabkg.server;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Accepts the {@code ?format=} names of {@code rehabkg query --results} that Fuseki does not know,
 * by renaming them to Fuseki's before its own handling of {@code format}/{@code output}: Fuseki
 * already takes json, xml, csv, tsv, text (results) and ttl, turtle, nt, json-ld, xml (graphs).
 */
final class FormatAliasFilter extends HttpFilter {
    static final Map<String, String> ALIASES = Map.of(
        "jsonld", "json-ld",
        "ntriples", "nt",
        "n-triples", "nt",
        "rdfxml", "xml",
        "rdf-xml", "xml",
        "srj", "json",
        "srx", "xml");
    private static final String[] PARAMS = { "format", "output" };

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(needsRenaming(request) ? new Renamed(request) : request, response);
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
