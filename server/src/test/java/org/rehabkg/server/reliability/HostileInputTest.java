package org.rehabkg.server.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rehabkg.server.Http.enc;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import javax.script.ScriptEngineManager;

import org.apache.jena.query.ARQ;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.rehabkg.server.Http;
import org.rehabkg.server.RehabServer;
import org.rehabkg.server.ServerConfigException;
import org.rehabkg.server.TestServer;

/**
 * Issue items 1, 9, 10 and 11: malformed, oversized, XML-borne and scripted input. Each is refused
 * with the right status and a useful message, the dataset keeps every quad it had, nothing is
 * fetched, and the server still answers its ping.
 */
class HostileInputTest {
    @RegisterExtension
    static final TestServer served = TestServer.writable();
    static String base;
    Listener listener;
    long quadsBefore;

    @BeforeAll
    static void start() {
        base = served.url() + "rehab/";
    }

    @BeforeEach
    void before() {
        listener = new Listener();
        quadsBefore = Client.quads(served.dataset());
    }

    @AfterEach
    void unchangedAndHealthy() throws InterruptedException {
        Thread.sleep(100);   // a late, asynchronous fetch would still show up
        listener.close();
        assertEquals(0, listener.connections(), "connections made to the listener");
        assertEquals(quadsBefore, Client.quads(served.dataset()), "the dataset is unchanged");
        assertEquals(200, Client.ping(served.server()));
    }

    static HttpResponse<String> upload(String contentType, String body) {
        return Client.post(base + "data?graph=" + enc("urn:rehabkg:upload"), contentType, body, "Authorization", Client.login());
    }

    static HttpResponse<String> update(String body) {
        return Client.post(base + "update", "application/sparql-update", body, "Authorization", Client.login());
    }

    // ---- 1. malformed input --------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {
        "INSERT DATA { <urn:a> <urn:b> }",
        "INSERT DATA { <urn:a> <urn:b> <urn:c> } ; DELETE WHERE { ?s ?p }",
        "INSERT DATA { <urn:a> <urn:b> \"unterminated }",
        "CLEAR ALL ; INSERT DATA { <urn:a> <urn:b> <urn:c> ",
        "DROP" })
    void malformedUpdateIs400WithTheParserMessage(String u) {
        HttpResponse<String> r = update(u);
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("line 1, column"), r.body());
    }

    @Test
    void anUpdateThatFailsHalfWayAppliesNothing() {
        // The first operation is fine, the second fails when it runs (no such graph, not SILENT).
        HttpResponse<String> r = update("INSERT DATA { <urn:rehabkg:half> <urn:rehabkg:p> 1 } ; "
                                        + "CLEAR ALL ; ADD <urn:rehabkg:no-such-graph> TO <urn:rehabkg:g>");
        assertTrue(r.statusCode() >= 400, r.statusCode() + " " + r.body());
    }

    @Test
    void deeplyNestedQueryIsRefusedNotACrash() {
        String deep = "SELECT * WHERE { FILTER(" + "(".repeat(20_000) + "1" + ")".repeat(20_000) + ") }";
        HttpResponse<String> r = Client.post(base + "sparql", "application/sparql-query", deep);
        assertTrue(r.statusCode() == 400 || r.statusCode() == 200, r.statusCode() + " " + r.body());
        HttpResponse<String> u = update("INSERT { <urn:a> <urn:b> <urn:c> } WHERE { FILTER(" + "(".repeat(20_000) + "1" + ")".repeat(20_000) + ") }");
        assertTrue(u.statusCode() == 400 || u.statusCode() / 100 == 2, u.statusCode() + " " + u.body());
        // Clean up if the (valid, if absurd) update ran, so the dataset check holds.
        update("DELETE DATA { <urn:a> <urn:b> <urn:c> }");
    }

    /** Valid triples first, then a syntax error: the parser streams, so the first ones must not stay. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "text/turtle | <urn:a> <urn:b> <urn:c> .\\n<urn:a> <urn:b> <urn:d> .\\n<urn:a> <urn:b> . | line",
        "application/n-triples | <urn:a> <urn:b> <urn:c> .\\n<urn:a> <urn:b> <urn:d> \\n | line",
        "application/trig | { <urn:a> <urn:b> <urn:c> . }\\nGRAPH <urn:g> { <urn:a> <urn:b> | ",
        "application/rdf+xml | <rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'><rdf:Description rdf:about='urn:a'><b xmlns='urn:'>c</b></rdf:Description><rdf:Description rdf:about='urn:a'> | line",
        "application/ld+json | [{ \"@id\": \"urn:a\", \"urn:b\": \"c\" }, { \"@id\": \"urn:a\", \"urn:b\": | ",
        "application/ld+json | { \"@id\": \"urn:a\", \"@type\": 42 } | " })
    void malformedUploadIs400AndAddsNothing(String contentType, String body, String messageHas) {
        HttpResponse<String> r = upload(contentType, body.replace("\\n", "\n"));
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().length() > 20, "a parser message: " + r.body());
        if (messageHas != null)
            assertTrue(r.body().toLowerCase().contains(messageHas), r.body());
    }

    // ---- 9. oversized requests -----------------------------------------------------------------

    /** Fuseki sets Jetty's request header limit (request line included) to 512 KiB, for long GET queries. */
    static final int OVER_HEADER_LIMIT = 512 * 1024 + 1;

    @Test
    void oversizedBodiesUrlsAndHeadersAreRefusedAndLeaveTheHeapAsItWas() throws IOException {
        String big = "#".repeat((int) RehabServer.Builder.MAX_REQUEST_BYTES + 1);
        long heap = Client.heapAfterGc();
        for (int i = 0; i < 20; i++) {
            assertEquals(413, Client.sendAlone(base + "update", "POST", "application/sparql-update",
                    "INSERT DATA { <urn:a> <urn:b> <urn:c> }" + big, "Authorization", Client.login()).statusCode());
            assertEquals(413, Client.sendAlone(base + "data?default", "POST", "text/turtle",
                    "<urn:a> <urn:b> <urn:c> ." + big, "Authorization", Client.login()).statusCode());
            assertEquals(414, Client.sendAlone(base + "sparql?query=" + "x".repeat(OVER_HEADER_LIMIT), "GET", null, null).statusCode());
            assertEquals(431, Client.sendAlone(base + "sparql?query=" + enc("ASK {}"), "GET", null, null,
                    "X-Big", "y".repeat(OVER_HEADER_LIMIT)).statusCode());
            assertEquals(413, chunkedUpload(2 * RehabServer.Builder.MAX_REQUEST_BYTES));
        }
        long grown = Client.heapAfterGc() - heap;
        assertTrue(grown < 16L * 1024 * 1024, "heap after GC grew by " + grown / 1024 + " KiB");
    }

    /**
     * A chunked upload (no Content-Length, so the size is known only while reading) over a raw
     * socket: the server answers 413 once the limit is passed, or closes the connection.
     */
    static int chunkedUpload(long bytes) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), served.server().port())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(("POST /rehab/data?graph=urn:rehabkg:chunked HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                       + "Authorization: " + Client.login() + "\r\nContent-Type: text/turtle\r\n"
                       + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = ("<urn:a> <urn:b> \"" + "z".repeat(8000) + "\" .\n").getBytes(StandardCharsets.US_ASCII);
            try {
                for (long sent = 0; sent < bytes; sent += chunk.length) {
                    out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(chunk);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (IOException closedByServer) {
                // The server stopped reading; its answer may still be there to read.
            }
            String status = new String(s.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            return status.length() >= 12 ? Integer.parseInt(status.substring(9, 12)) : -1;
        }
    }

    // ---- 10. XML ---------------------------------------------------------------------------------

    static final String RDF_NS = "xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        // External general entity
        "<?xml version='1.0'?><!DOCTYPE rdf:RDF [ <!ENTITY ext SYSTEM 'TARGETentity'> ]>"
            + "<rdf:RDF RDFNS><rdf:Description rdf:about='urn:a'><b xmlns='urn:'>&ext;</b></rdf:Description></rdf:RDF>",
        // External parameter entity
        "<?xml version='1.0'?><!DOCTYPE rdf:RDF [ <!ENTITY % ext SYSTEM 'TARGETparam'> %ext; ]>"
            + "<rdf:RDF RDFNS><rdf:Description rdf:about='urn:a'/></rdf:RDF>",
        // External DTD
        "<?xml version='1.0'?><!DOCTYPE rdf:RDF SYSTEM 'TARGETdtd'>"
            + "<rdf:RDF RDFNS><rdf:Description rdf:about='urn:a'/></rdf:RDF>",
        // file: entity
        "<?xml version='1.0'?><!DOCTYPE rdf:RDF [ <!ENTITY ext SYSTEM 'file:///etc/passwd'> ]>"
            + "<rdf:RDF RDFNS><rdf:Description rdf:about='urn:a'><b xmlns='urn:'>&ext;</b></rdf:Description></rdf:RDF>" })
    void rdfXmlWithExternalEntitiesOrDtdIsRefusedWithoutAFetch(String xml) {
        HttpResponse<String> r = upload("application/rdf+xml", xml.replace("TARGET", listener.url("/")).replace("RDFNS", RDF_NS));
        assertEquals(400, r.statusCode(), r.body());
        assertFalse(r.body().contains("root:"), r.body());
    }

    @Test
    void entityExpansionBombIsRefusedWithinTwoSeconds() {
        StringBuilder dtd = new StringBuilder("<!ENTITY l0 'lollollollollollollollollollol'>");
        for (int i = 1; i <= 12; i++)
            dtd.append("<!ENTITY l").append(i).append(" '").append(("&l" + (i - 1) + ";").repeat(10)).append("'>");
        String bomb = "<?xml version='1.0'?><!DOCTYPE rdf:RDF [" + dtd + "]><rdf:RDF " + RDF_NS
                      + "><rdf:Description rdf:about='urn:a'><b xmlns='urn:'>&l12;</b></rdf:Description></rdf:RDF>";
        long start = System.nanoTime();
        HttpResponse<String> r = upload("application/rdf+xml", bomb);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(took.compareTo(Duration.ofSeconds(2)) < 0, "refused after " + took.toMillis() + " ms");
    }

    /**
     * The server never reads SPARQL XML results from the network (SERVICE is refused), but Jena's
     * reader for them is on the class path; it must not fetch (the listener check after each test).
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "<?xml version='1.0'?><!DOCTYPE sparql [ <!ENTITY ext SYSTEM 'TARGETentity'> ]>"
            + "<sparql xmlns='http://www.w3.org/2005/sparql-results#'><head/><boolean>&ext;</boolean></sparql>",
        "<?xml version='1.0'?><!DOCTYPE sparql SYSTEM 'TARGETdtd'>"
            + "<sparql xmlns='http://www.w3.org/2005/sparql-results#'><head/><boolean>true</boolean></sparql>" })
    void sparqlXmlResultsWithExternalEntitiesFetchNothing(String xml) {
        InputStream in = new ByteArrayInputStream(xml.replace("TARGET", listener.url("/")).getBytes(StandardCharsets.UTF_8));
        try {
            ResultSetMgr.readBoolean(in, ResultSetLang.RS_XML);   // an external DTD is skipped, not fetched
        } catch (RuntimeException refused) {
            // an external entity is an error
        }
    }

    // ---- 11. scripting ---------------------------------------------------------------------------

    @Test
    void noScriptEngineOnTheClassPath() {
        ScriptEngineManager engines = new ScriptEngineManager();
        for (String name : new String[] { "js", "javascript", "JavaScript", "nashorn", "graal.js", "ecmascript" })
            assertNull(engines.getEngineByName(name), name);
        assertTrue(engines.getEngineFactories().isEmpty(), engines.getEngineFactories().toString());
        assertFalse(Boolean.getBoolean(ARQ.systemPropertyScripting));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT ?x WHERE { BIND(js:pwn('a') AS ?x) }",
        "SELECT ?s WHERE { ?s ?p ?o FILTER(js:pwn(str(?s))) } LIMIT 1",
        "SELECT (js:pwn() AS ?x) WHERE { }" })
    void javascriptFunctionsDoNotRun(String q) {
        HttpResponse<String> r = Http.get(base + "sparql?format=json&query=" + enc("PREFIX js: <http://jena.apache.org/ARQ/jsFunction#> " + q));
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("Scripting not enabled"), r.body());
    }

    @Test
    void scriptingSwitchedOnBySystemPropertyIsRefusedAtStart() {
        System.setProperty(ARQ.systemPropertyScripting, "true");
        try {
            ServerConfigException e = assertThrows(ServerConfigException.class, RehabServer.builder()::check);
            assertTrue(e.getMessage().contains(ARQ.systemPropertyScripting), e.getMessage());
        } finally {
            System.clearProperty(ARQ.systemPropertyScripting);
        }
    }
}
