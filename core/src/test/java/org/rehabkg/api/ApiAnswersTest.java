package org.rehabkg.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rehabkg.graph.Vocab;

import com.sun.net.httpserver.HttpServer;

/** What the API hands back: its own result type, how names were understood, and its errors. */
class ApiAnswersTest {
    static RehabGraph graph;

    @BeforeAll
    static void open() {
        graph = RehabGraph.embedded();
    }

    @AfterAll
    static void close() {
        graph.close();
    }

    @Test
    void aSelectAnswerCanBeReadTwiceWithItsVariablesAndTypedValues() {
        QueryResult r = graph.query("""
                SELECT ?p (COUNT(?x) AS ?n) (true AS ?yes) WHERE { ?p a <https://w3id.org/rehabkg/Profession> ; ?q ?x }
                GROUP BY ?p ORDER BY ?p""");
        assertEquals(QueryResult.Form.ROWS, r.form());
        assertEquals(List.of("p", "n", "yes"), r.variables());
        assertFalse(r.rows().isEmpty());
        QueryResult.Row first = r.rows().get(0);
        assertTrue(first.get("p").isIri());
        assertTrue(first.get("n").javaValue() instanceof Number, first.get("n").toString());
        assertEquals(Boolean.TRUE, first.get("yes").javaValue());
        // read again, and once more through Jena's result set: the same rows
        assertEquals(r.rows().size(), r.rows().stream().count());
        assertEquals(r.rows().size(), count(r));
        assertEquals(r.rows().size(), count(r));
        assertThrows(UnsupportedOperationException.class, () -> r.rows().add(first));
    }

    private static int count(QueryResult r) {
        int n = 0;
        for (var rs = r.toResultSet(); rs.hasNext(); rs.next())
            n++;
        return n;
    }

    @Test
    void askAndConstructAnswers() {
        QueryResult ask = graph.query("ASK { ?p a <https://w3id.org/rehabkg/Profession> }");
        assertEquals(QueryResult.Form.BOOLEAN, ask.form());
        assertTrue(ask.answer());
        QueryResult g = graph.query("PREFIX rkg: <https://w3id.org/rehabkg/> CONSTRUCT { ?p a rkg:Profession } WHERE { ?p a rkg:Profession }");
        assertEquals(QueryResult.Form.GRAPH, g.form());
        assertEquals(g.triples().size(), g.toModel().size());
        assertEquals(Vocab.NS, g.toModel().getNsPrefixURI("rkg"));
        assertThrows(IllegalStateException.class, g::toResultSet);
    }

    @Test
    void compareSaysHowEachNameWasUnderstood() {
        Comparison c = graph.compare("OT", "physical therapie");
        assertEquals(NameMatch.How.ABBREVIATION, c.names().get(0).how());
        assertEquals(NameMatch.How.FUZZY, c.names().get(1).how());
        assertEquals(Vocab.NS + "physical-therapy", c.names().get(1).entity().iri());
        assertEquals(NameMatch.How.EXACT, graph.compare("occupational therapy", "PT").names().get(0).how());
    }

    @Test
    void anAmbiguousTypoIsRefusedWithTheCandidates() {
        // the start of "physical therapy", "physical therapist" and "physical therapist assistant"
        AmbiguousNameException e = assertThrows(AmbiguousNameException.class, () -> graph.compare("OT", "physical therap"));
        assertTrue(e.candidates().size() >= 2, e.candidates().toString());
        assertTrue(e.candidates().stream().anyMatch(t -> t.iri().equals(Vocab.NS + "physical-therapy")), e.getMessage());
        assertTrue(e.getMessage().startsWith("ambiguous profession 'physical therap'"), e.getMessage());
        // "physio" starts names of physical therapy only: a guess, and said to be one
        NameMatch physio = graph.compare("OT", "physio").names().get(1);
        assertEquals(NameMatch.How.FUZZY, physio.how());
        assertEquals(Vocab.NS + "physical-therapy", physio.entity().iri());
    }

    @Test
    void recommendSaysHowEachNameWasUnderstood() {
        Recommendation r = graph.recommend("autisim", null, "children");
        assertEquals(2, r.names().size());
        assertEquals(NameMatch.How.FUZZY, r.names().get(0).how());
        assertEquals("autisim", r.names().get(0).typed());
    }

    @Test
    void aTimeoutIsAnExceptionThatSaysSo() {
        QueryTimeoutException e = assertThrows(QueryTimeoutException.class, () -> graph.query(
                "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", Duration.ofMillis(200)));
        assertEquals("query timed out after 200 ms and was stopped", e.getMessage());
        assertEquals(Duration.ofMillis(200), e.timeout());
    }

    @Test
    void runNamedTakesNullParametersAsAnError() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> graph.runNamed("professions", null));
        assertTrue(e.getMessage().contains("params"), e.getMessage());
        assertFalse(graph.runNamed("professions", Map.of()).rows().isEmpty());
    }

    @Test
    void anEndpointThatCannotBeReachedSaysWhyInOneLine() {
        try (RehabGraph remote = RehabGraph.remote("http://127.0.0.1:1/rehab/sparql")) {
            RemoteGraphException e = assertThrows(RemoteGraphException.class, () -> remote.query("ASK {}"));
            assertEquals(-1, e.status());
            assertTrue(e.getMessage().startsWith("the SPARQL endpoint http://127.0.0.1:1/rehab/sparql failed: "), e.getMessage());
            assertFalse(e.getMessage().endsWith("failed: "), e.getMessage());
            assertFalse(e.getMessage().contains("query="), "not the long request URL: " + e.getMessage());
        }
    }

    @Test
    void anEndpointThatFailsGivesItsStatusAndReason() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/sparql", exchange -> {
            byte[] body = "Error 503: store is being compacted\nmore detail".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(503, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/sparql";
        try (RehabGraph remote = RehabGraph.remote(url)) {
            RemoteGraphException e = assertThrows(RemoteGraphException.class, () -> remote.compare("OT", "PT"));
            assertEquals(503, e.status());
            assertTrue(e.getMessage().startsWith("the SPARQL endpoint " + url + " failed: HTTP 503"), e.getMessage());
            assertTrue(e.getMessage().endsWith("store is being compacted"), e.getMessage());
        } finally {
            server.stop(0);
        }
    }
}
