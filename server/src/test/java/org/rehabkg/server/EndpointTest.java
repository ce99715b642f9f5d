package org.rehabkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rehabkg.server.Http.enc;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.rehabkg.graph.ServedDataset;

/** The read-only endpoint with default settings, over real HTTP. */
class EndpointTest {
    static final String RKG = "https://w3id.org/rehabkg/";
    static final String SELECT = "SELECT ?s ?label WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?label } ORDER BY ?s LIMIT 5";
    static final String ASK = "ASK { ?s a <" + RKG + "Profession> }";
    static final String CONSTRUCT = "CONSTRUCT { ?s a ?c } WHERE { ?s a ?c } ORDER BY ?s ?c LIMIT 10";
    static final String DESCRIBE = "DESCRIBE <" + RKG + "occupational-therapy>";

    static ServedDataset kg;
    static RehabServer server;
    static String base;
    static String sparql;

    @BeforeAll
    static void start() {
        kg = ServedDataset.embedded();
        server = RehabServer.builder().dataset(kg.dataset()).port(0).build().start();
        base = server.url();
        sparql = base + "rehab/sparql";
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    static String query(String endpoint, String query, String more) {
        return endpoint + "?query=" + enc(query) + more;
    }

    static InputStream body(HttpResponse<String> r) {
        return new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8));
    }

    static Graph parseGraph(HttpResponse<String> r) {
        Lang lang = RDFLanguages.contentTypeToLang(mediaType(r));
        assertNotNull(lang, "an RDF content type: " + r.headers().firstValue("Content-Type"));
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(body(r)).lang(lang).parse(g);
        return g;
    }

    /** The response's media type without parameters such as charset. */
    static String mediaType(HttpResponse<String> r) {
        return r.headers().firstValue("Content-Type").orElseThrow().split(";")[0].strip();
    }

    static long defaultGraphSize() {
        return Txn.calculateRead(kg.dataset(), () -> (long) kg.dataset().asDatasetGraph().getDefaultGraph().size());
    }

    // ---- answers in every format --------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({ "json, application/sparql-results+json", "xml, application/sparql-results+xml",
                 "csv, text/csv", "tsv, text/tab-separated-values" })
    void selectByFormatParameterAndByAccept(String format, String mediaType) {
        Lang lang = RDFLanguages.contentTypeToLang(mediaType);
        for (HttpResponse<String> r : List.of(Http.get(query(sparql, SELECT, "&format=" + format)),
                                              Http.get(query(sparql, SELECT, ""), "Accept", mediaType))) {
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith(mediaType));
            ResultSet rs = ResultSetMgr.read(body(r), lang);
            assertEquals(List.of("s", "label"), rs.getResultVars());
            int rows = 0;
            for (; rs.hasNext(); rows++) {
                QuerySolution row = rs.next();
                assertNotNull(row.get("label"));
            }
            assertEquals(5, rows);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "json", "xml", "csv", "tsv" })
    void askByFormatParameter(String format) {
        HttpResponse<String> r = Http.get(query(sparql, ASK, "&format=" + format));
        assertEquals(200, r.statusCode(), r.body());
        switch (format) {
            case "json" -> assertTrue(ResultSetMgr.readBoolean(body(r), ResultSetLang.RS_JSON));
            case "xml" -> assertTrue(ResultSetMgr.readBoolean(body(r), ResultSetLang.RS_XML));
            // Jena writes an ASK answer as CSV/TSV (a one-cell table) but has no reader for it.
            default -> assertEquals("true", r.body().strip().lines().reduce((a, b) -> b).orElseThrow());
        }
    }

    @ParameterizedTest
    @CsvSource({ "turtle, text/turtle", "ttl, text/turtle", "ntriples, application/n-triples", "nt, application/n-triples",
                 "jsonld, application/ld+json", "rdfxml, application/rdf+xml", "xml, application/rdf+xml" })
    void constructAndDescribeByFormatParameter(String format, String mediaType) {
        HttpResponse<String> c = Http.get(query(sparql, CONSTRUCT, "&format=" + format));
        assertEquals(200, c.statusCode(), c.body());
        assertTrue(c.headers().firstValue("Content-Type").orElseThrow().startsWith(mediaType));
        assertEquals(10, parseGraph(c).size());

        HttpResponse<String> d = Http.get(query(sparql, DESCRIBE, "&format=" + format));
        assertEquals(200, d.statusCode(), d.body());
        assertFalse(parseGraph(d).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = { "text/turtle", "application/n-triples", "application/ld+json", "application/rdf+xml" })
    void constructByAccept(String mediaType) {
        HttpResponse<String> r = Http.get(query(sparql, CONSTRUCT, ""), "Accept", mediaType);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith(mediaType));
        assertEquals(10, parseGraph(r).size());
    }

    @Test
    void postAndTheQueryAlias() {
        HttpResponse<String> direct = Http.post(sparql, "application/sparql-query", ASK, "Accept", "application/sparql-results+json");
        assertEquals(200, direct.statusCode(), direct.body());
        assertTrue(ResultSetMgr.readBoolean(body(direct), ResultSetLang.RS_JSON));

        HttpResponse<String> form = Http.post(base + "rehab/query", "application/x-www-form-urlencoded",
                "query=" + enc(ASK) + "&format=xml");
        assertEquals(200, form.statusCode(), form.body());
        assertTrue(ResultSetMgr.readBoolean(body(form), ResultSetLang.RS_XML));
    }

    // ---- refusals ----------------------------------------------------------------------------

    @Test
    void malformedQueryIs400WithTheParserMessage() {
        HttpResponse<String> r = Http.get(query(sparql, "SELECT * WHERE { ?s ?p }", ""));
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("line 1, column"), r.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
        "SELECT * WHERE { { SELECT ?s WHERE { SERVICE SILENT <http://example.org/sparql> { ?s ?p ?o } } } }",
        "ASK { ?s ?p ?o FILTER EXISTS { SERVICE <http://example.org/sparql> { ?s ?p ?o } } }" })
    void federatedQueryIsRefusedWith422(String q) {
        HttpResponse<String> r = Http.get(query(sparql, q, ""));
        assertEquals(422, r.statusCode(), r.body());
        assertTrue(r.body().contains("SERVICE"), r.body());
    }

    @ParameterizedTest
    @ValueSource(strings = { "$/datasets", "$/server", "$/stats", "$/stats/rehab", "$/backup/rehab", "$/backups/list",
                             "$/compact/rehab", "$/tasks", "$/reload", "$/logs", "rehab/update", "rehab/data", "rehab/upload" })
    void noAdminOrWriteSurface(String path) {
        int get = Http.get(base + path).statusCode();
        int post = Http.post(base + path, "application/sparql-update", "INSERT DATA { <urn:x> <urn:y> <urn:z> }").statusCode();
        assertTrue(get == 404 || get == 403 || get == 405, path + " GET " + get);
        assertTrue(post == 404 || post == 403 || post == 405, path + " POST " + post);
    }

    @Test
    void updateOnTheQueryEndpointIsRefused() {
        HttpResponse<String> r = Http.post(sparql, "application/sparql-update", "INSERT DATA { <urn:x> <urn:y> <urn:z> }");
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, r.statusCode() + " " + r.body());
        assertFalse(ResultSetMgr.readBoolean(body(Http.get(query(sparql, "ASK { <urn:x> ?p ?o }", "&format=json"))), ResultSetLang.RS_JSON));
    }

    @Test
    void requestBodiesAreBounded() {
        String huge = "ASK { }" + "#".repeat((int) RehabServer.Builder.MAX_REQUEST_BYTES + 1);
        assertEquals(413, Http.post(sparql, "application/sparql-query", huge).statusCode());
    }

    @Test
    void javascriptFunctionsAreRefused() {
        String q = "PREFIX js: <http://jena.apache.org/ARQ/jsFunction#> SELECT ?x WHERE { BIND(js:toUpper('a') AS ?x) }";
        HttpResponse<String> r = Http.get(query(sparql, q, "&format=json"));
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("Scripting not enabled"), r.body());
    }

    // ---- discovery ----------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = { "text/turtle", "application/rdf+xml", "application/ld+json" })
    void serviceDescriptionWhenFetchedWithoutAQuery(String mediaType) {
        HttpResponse<String> r = Http.get(sparql, "Accept", mediaType);
        assertEquals(200, r.statusCode(), r.body());
        Model sd = ModelFactory.createModelForGraph(parseGraph(r));
        String sdNs = ServiceDescription.NS;
        Resource service = sd.listSubjectsWithProperty(sd.createProperty(sdNs + "endpoint")).next();
        assertEquals(sparql, service.getPropertyResourceValue(sd.createProperty(sdNs + "endpoint")).getURI());
        assertTrue(sd.contains(service, sd.createProperty(sdNs + "supportedLanguage"), sd.createResource(sdNs + "SPARQL11Query")));
        Resource dataset = service.getPropertyResourceValue(sd.createProperty(sdNs + "defaultDataset"));
        Resource dflt = dataset.getPropertyResourceValue(sd.createProperty(sdNs + "defaultGraph"));
        assertEquals(defaultGraphSize(), dflt.getProperty(VOID.triples).getLong());
        assertTrue(sd.listObjectsOfProperty(dataset, sd.createProperty(sdNs + "namedGraph")).toList().size() > 1);
        assertTrue(r.headers().firstValue("Server").orElse("").indexOf("Jetty") < 0, "no Jetty version advertised");
    }

    @Test
    void voidDescriptionMatchesTheData() {
        HttpResponse<String> r = Http.get(base + ".well-known/void");
        assertEquals(200, r.statusCode(), r.body());
        Model v = ModelFactory.createModelForGraph(parseGraph(r));
        Resource ds = v.createResource(VoidDescription.DATASET);
        assertEquals(defaultGraphSize(), ds.getProperty(VOID.triples).getLong());
        assertEquals(count("SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?s a ?c }"), ds.getProperty(VOID.classes).getLong());
        assertEquals(count("SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?s ?p ?o }"), ds.getProperty(VOID.properties).getLong());
        assertEquals(VoidDescription.LICENSE, ds.getPropertyResourceValue(DCTerms.license).getURI());
        assertTrue(v.contains(ds, VOID.dataDump, v.createResource(base + "rehab/get")));
        assertTrue(v.contains(ds, VOID.sparqlEndpoint, v.createResource(sparql)));
        assertTrue(v.contains(ds, VOID.vocabulary, v.createResource(RKG)));

        // The same description is queryable as a named graph.
        long stored = count("SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + VoidDescription.GRAPH.getURI() + "> { ?s ?p ?o } }");
        assertEquals(v.size(), stored);
    }

    @Test
    void defaultGraphDump() {
        HttpResponse<String> r = Http.get(base + "rehab/get?default", "Accept", "application/n-triples");
        assertEquals(200, r.statusCode());
        assertEquals(defaultGraphSize(), parseGraph(r).size());
    }

    @Test
    void pingAndMetrics() {
        HttpResponse<String> ping = Http.get(base + "$/ping");
        assertEquals(200, ping.statusCode());
        HttpResponse<String> metrics = Http.get(base + "$/metrics");
        assertEquals(200, metrics.statusCode());
        assertTrue(metrics.body().contains("# HELP"), "Prometheus text format");
    }

    @Test
    void corsOnReadEndpointsOnly() {
        String origin = "https://researcher.example";
        HttpResponse<String> read = Http.get(query(sparql, ASK, ""), "Origin", origin);
        assertEquals(200, read.statusCode());
        assertTrue(read.headers().firstValue("Access-Control-Allow-Origin").isPresent(), read.headers().toString());
        assertTrue(read.headers().firstValue("Access-Control-Allow-Credentials").isEmpty(), "reads need no credentials");
        HttpResponse<String> voidDoc = Http.get(base + ".well-known/void", "Origin", origin);
        assertTrue(voidDoc.headers().firstValue("Access-Control-Allow-Origin").isPresent());
        HttpResponse<String> metrics = Http.get(base + "$/metrics", "Origin", origin);
        assertTrue(metrics.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
    }

    @Test
    void theWebPagesAreInstalled() {
        for (String path : List.of("", "rehabkg/occupational-therapy")) {
            HttpResponse<String> page = Http.get(base + path, "Accept", "text/html");
            assertEquals(200, page.statusCode(), path);
            assertTrue(mediaType(page).equals("text/html"), path + " " + mediaType(page));
        }
    }

    /** Every URL of the README's "In a browser" table answers on the server as built (X: an entity). */
    @Test
    void theReadmesBrowserUrlsAnswer() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String table = readme.substring(readme.indexOf("## In a browser"), readme.indexOf("Details: `docs/web.md`."));
        Matcher url = Pattern.compile("(?m)^\\| `/([^`]*)` \\|").matcher(table);
        int urls = 0;
        while (url.find()) {
            String path = url.group(1).replace("rehabkg/X", "rehabkg/occupational-therapy");
            assertEquals(200, Http.get(base + path, "Accept", "text/html").statusCode(), path);
            urls++;
        }
        assertTrue(urls >= 4, "the table was found: " + urls + " URLs");
    }

    static long count(String select) {
        HttpResponse<String> r = Http.get(query(sparql, select, "&format=json"));
        assertEquals(200, r.statusCode(), r.body());
        return ResultSetMgr.read(body(r), ResultSetLang.RS_JSON).next().getLiteral("n").getLong();
    }
}
