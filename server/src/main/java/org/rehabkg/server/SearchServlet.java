package org.rehabkg.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.rehabkg.graph.Vocab;
import org.rehabkg.api.Labels;
import org.rehabkg.api.SearchHit;
import org.rehabkg.api.SearchIndex;
import org.rehabkg.api.SearchRequest;
import org.rehabkg.api.SearchResult;
import org.rehabkg.server.web.PerDataVersion;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /api/search} and {@code GET /api/select}: the parameters and JSON of EBI OLS4's search
 * API (its v1 {@code V1SearchController} and {@code V1SelectController}), so that OLS clients and
 * widgets work against rehabkg. Select is the autocomplete: every word may be the start of one. A
 * bad parameter gets a 400 with a JSON message naming it. docs/search.md lists the parameters.
 */
final class SearchServlet extends HttpServlet {
    static final String ONTOLOGY = "rehabkg";
    static final String PREFIX = "rkg";
    /** The fields of a doc, in OLS's names; the last three say what matched (not in OLS). */
    static final List<String> FIELDS = List.of("id", "iri", "short_form", "obo_id", "label", "ontology_name", "ontology_prefix",
            "description", "type", "synonym", "is_defining_ontology", "matched_field", "matched_text", "match");
    /** OLS parameters rehabkg does not serve: refused rather than silently ignored, so no client gets unfiltered hits. */
    static final List<String> UNSUPPORTED = List.of("childrenOf", "allChildrenOf", "slim", "groupField", "isLeaf", "inclusive");
    /** OLS's names of the identifier fields, all searched as rehabkg's "identifier". */
    static final Map<String, String> FIELD_ALIASES = Map.of("short_form", "identifier", "obo_id", "identifier", "iri", "identifier");

    private final transient PerDataVersion<SearchIndex> index;
    private final boolean autocomplete;

    SearchServlet(PerDataVersion<SearchIndex> index, boolean autocomplete) {
        this.index = index;
        this.autocomplete = autocomplete;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        long started = System.nanoTime();
        JsonObject answer;
        try {
            for (String p : UNSUPPORTED)
                if (req.getParameter(p) != null)
                    throw new IllegalArgumentException(p + " is not supported by rehabkg's search");
            SearchIndex searchIndex = index.get();
            SearchRequest request = request(req, searchIndex);
            List<String> fields = fieldList(req);
            SearchResult result = inOntology(req) ? searchIndex.search(request) : new SearchResult(0, request.start(), List.of());
            answer = answer(request, result, fields, (System.nanoTime() - started) / 1_000_000);
        } catch (IllegalArgumentException e) {
            send(resp, HttpServletResponse.SC_BAD_REQUEST, error(e.getMessage()));
            return;
        }
        send(resp, HttpServletResponse.SC_OK, answer);
    }

    private SearchRequest request(HttpServletRequest req, SearchIndex searchIndex) {
        Set<String> queryFields = new LinkedHashSet<>();
        for (String f : values(req, "queryFields"))
            queryFields.add(FIELD_ALIASES.getOrDefault(f, f));
        Set<String> classes = new LinkedHashSet<>();
        for (String c : values(req, "instanceOf"))
            classes.add(classIri(c, searchIndex));
        String lang = req.getParameter("lang");
        return new SearchRequest(req.getParameter("q"), autocomplete, new LinkedHashSet<>(values(req, "type")), classes,
                bool(req, "exact"), queryFields, integer(req, "start", 0), integer(req, "rows", 10),
                lang == null ? Labels.DEFAULT_LANGUAGE : lang);
    }

    /** {@code Condition}, {@code rkg:Condition} or the full IRI. */
    private static String classIri(String value, SearchIndex searchIndex) {
        String iri = value.startsWith("http://") || value.startsWith("https://") ? value
                   : value.startsWith(PREFIX + ":") ? Vocab.NS + value.substring(PREFIX.length() + 1) : Vocab.NS + value;
        if (!searchIndex.classes().contains(iri))
            throw new IllegalArgumentException("instanceOf: " + value + " is not a class of rehabkg (for example Condition, Profession)");
        return iri;
    }

    /** OLS's {@code ontology} filter: rehabkg serves one ontology, so any other name finds nothing. */
    private static boolean inOntology(HttpServletRequest req) {
        List<String> ontologies = values(req, "ontology");
        return ontologies.isEmpty() || ontologies.stream().anyMatch(o -> o.equalsIgnoreCase(ONTOLOGY));
    }

    private static List<String> fieldList(HttpServletRequest req) {
        List<String> asked = values(req, "fieldList");
        for (String f : asked)
            if (!FIELDS.contains(f))
                throw new IllegalArgumentException("fieldList: " + f + " is not one of " + String.join(", ", FIELDS));
        return asked.isEmpty() ? FIELDS : asked;
    }

    /** A parameter given several times or as a comma-separated list, as OLS takes them. */
    private static List<String> values(HttpServletRequest req, String name) {
        String[] given = req.getParameterValues(name);
        if (given == null)
            return List.of();
        List<String> all = new ArrayList<>();
        for (String g : given)
            Arrays.stream(g.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(all::add);
        return all;
    }

    private static int integer(HttpServletRequest req, String name, int otherwise) {
        String v = req.getParameter(name);
        if (v == null)
            return otherwise;
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, not " + v);
        }
    }

    private static boolean bool(HttpServletRequest req, String name) {
        String v = req.getParameter(name);
        if (v == null)
            return false;
        return switch (v.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(name + " must be true or false, not " + v);
        };
    }

    private static JsonObject answer(SearchRequest request, SearchResult result, List<String> fields, long millis) {
        JsonObject params = new JsonObject();
        params.put("q", request.q());
        params.put("rows", request.rows());
        params.put("start", request.start());
        JsonObject header = new JsonObject();
        header.put("status", 0);
        header.put("QTime", millis);
        header.put("params", params);
        JsonArray docs = new JsonArray();
        for (SearchHit hit : result.hits())
            docs.add(doc(hit, fields));
        JsonObject response = new JsonObject();
        response.put("numFound", result.numFound());
        response.put("start", result.start());
        response.put("docs", docs);
        JsonObject answer = new JsonObject();
        answer.put("responseHeader", header);
        answer.put("response", response);
        return answer;
    }

    private static JsonObject doc(SearchHit hit, List<String> fields) {
        JsonObject doc = new JsonObject();
        for (String f : fields) {
            switch (f) {
                case "id" -> doc.put(f, ONTOLOGY + ":" + hit.type() + ":" + hit.iri());
                case "iri" -> doc.put(f, hit.iri());
                case "short_form" -> doc.put(f, hit.shortForm());
                case "obo_id" -> doc.put(f, hit.curie());
                case "label" -> doc.put(f, hit.label());
                case "ontology_name" -> doc.put(f, ONTOLOGY);
                case "ontology_prefix" -> doc.put(f, PREFIX);
                case "description" -> doc.put(f, array(hit.descriptions()));
                case "type" -> doc.put(f, hit.type());
                case "synonym" -> doc.put(f, array(hit.synonyms()));
                case "is_defining_ontology" -> doc.put(f, true);
                case "matched_field" -> doc.put(f, hit.matchedField());
                case "matched_text" -> doc.put(f, hit.matchedText());
                case "match" -> doc.put(f, hit.match());
                default -> throw new IllegalStateException("field " + f + " listed but not written");
            }
        }
        return doc;
    }

    private static JsonArray array(List<String> values) {
        JsonArray a = new JsonArray();
        values.forEach(a::add);
        return a;
    }

    private static JsonObject error(String message) {
        JsonObject e = new JsonObject();
        e.put("status", HttpServletResponse.SC_BAD_REQUEST);
        e.put("error", "Bad Request");
        e.put("message", message);
        return e;
    }

    private static void send(HttpServletResponse resp, int status, JsonObject body) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        JSON.write(bytes, body);
        resp.setStatus(status);
        resp.setContentType("application/json");
        resp.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resp.setContentLength(bytes.size());
        resp.getOutputStream().write(bytes.toByteArray());
    }
}
