package org.rehabkg.server;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.fuseki.servlets.Responses;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.sparql.resultset.ResultsFormat;

/**
 * Accepts the {@code ?format=} names that Fuseki does not know, by renaming them to Fuseki's before
 * its own handling of {@code format}/{@code output}. Fuseki's names are its own tables
 * ({@link Responses#shortNamesResultSet}, {@link Responses#shortNamesGraph}: json, xml, csv, tsv, text
 * for results; ttl, turtle, nt, json-ld, xml … for graphs). Another name goes through Jena's tables
 * ({@link ResultsFormat}, {@link RDFLanguages}: jsonld, ntriples, rdfxml, srj, srx, the names of
 * {@code rehabkg query --format}) to the Fuseki name of the same media types. Only the names Jena does
 * not know, or reads otherwise than SPARQLWrapper means them, are here ({@link #CLIENT_NAMES}). A
 * request with neither an {@code Accept} header nor a format parameter gets the defaults
 * docs/endpoint.md names (JSON results, Turtle graphs); Fuseki on its own would answer a SELECT in XML.
 */
final class FormatAliasFilter extends HttpFilter {
    /**
     * SPARQLWrapper's names (its returnFormat, sent as format=): N3 is read as Turtle, which it
     * contains; {@code rdf} is RDF/XML to it but Turtle to Jena. And {@code rdf-xml}, which rehabkg
     * once took.
     */
    static final Map<String, String> CLIENT_NAMES = Map.of(
        "n3", "ttl",
        "rdf+xml", "xml",
        "rdf", "xml",
        "rdf-xml", "xml");
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

    private static boolean fusekiKnows(String name) {
        return Responses.shortNamesResultSet.containsKey(name) || Responses.shortNamesGraph.containsKey(name);
    }

    /**
     * The Fuseki name for what Jena reads {@code name} as: the one with the same media types for
     * results and for graphs (srj: json), else the same for the one Jena knows (rdfxml: xml); null
     * when neither Jena nor {@link #CLIENT_NAMES} knows it.
     */
    static String fusekiName(String name) {
        if (CLIENT_NAMES.containsKey(name))
            return CLIENT_NAMES.get(name);
        ResultsFormat f = ResultsFormat.lookup(name);
        String results = f == null || f.resultSetLang() == null ? null : type(f.resultSetLang());
        Lang syntax = f != null && f.rdfFormat() != null ? f.rdfFormat().getLang() : RDFLanguages.shortnameToLang(name);
        String graphs = syntax == null ? null : type(syntax);
        if (results == null && graphs == null)
            return null;
        Set<String> fuseki = new TreeSet<>(Responses.shortNamesResultSet.keySet());
        fuseki.addAll(Responses.shortNamesGraph.keySet());
        Predicate<String> sameResults = n -> Objects.equals(results, Responses.shortNamesResultSet.get(n));
        Predicate<String> sameGraphs = n -> Objects.equals(graphs, Responses.shortNamesGraph.get(n));
        return fuseki.stream().filter(sameResults.and(sameGraphs)).findFirst()
                .or(() -> fuseki.stream().filter(n -> results != null ? sameResults.test(n) : sameGraphs.test(n)).findFirst())
                .orElse(null);
    }

    private static String type(Lang lang) {
        return lang.getContentType().getContentTypeStr();
    }

    private static boolean needsRenaming(HttpServletRequest request) {
        for (String p : PARAMS) {
            String v = request.getParameter(p);
            if (v != null && !fusekiKnows(v) && fusekiName(v) != null)
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
            String renamed = value == null || fusekiKnows(value) ? null : fusekiName(value);
            return renamed == null ? value : renamed;
        }
    }
}
