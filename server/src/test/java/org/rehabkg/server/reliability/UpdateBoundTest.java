package org.rehabkg.server.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rehabkg.graph.sparql.QueryLimits;
import org.rehabkg.server.Http;
import org.rehabkg.server.TestServer;

/**
 * Issue 18 §2: an update whose templates, written once per row of its WHERE, would produce more
 * quads than {@link QueryLimits#MAX_UPDATE_QUADS} stops while its WHERE runs (well before the 10 s
 * timeout), with a 4xx that says why; nothing of it is applied and the server stays healthy. So does
 * a request of graph copies (ADD, COPY, MOVE) whose copied quads together pass the bound. A write
 * server as {@code serve --tdb DIR --update --passwd FILE} runs it: TDB2, updates, a login.
 */
class UpdateBoundTest {
    @RegisterExtension
    static final TestServer served = TestServer.writableTdb(b -> b);

    static HttpResponse<String> update(String body) {
        return Http.send(HttpRequest.newBuilder(URI.create(served.url() + "rehab/update")).timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/sparql-update").header("Authorization", Client.login()).build());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // The probe: every triple once per triple.
        "INSERT { ?a ?b ?c } WHERE { ?a ?b ?c . ?d ?e ?f }",
        // DELETE/INSERT whose templates produce a quad per row and template quad.
        "DELETE { ?a ?b ?c } INSERT { ?a ?b ?f . ?d ?e ?c } WHERE { ?a ?b ?c . ?d ?e ?f }",
        // A harmless first operation in the same request: it is rolled back with the rest.
        "INSERT DATA { <urn:rehabkg:first> <urn:rehabkg:p> 1 } ; INSERT { GRAPH <urn:rehabkg:g> { ?a ?b ?f } } WHERE { ?a ?b ?c . ?d ?e ?f }" })
    void aHugeUpdateIsRefusedWhileItRunsAndAppliesNothing(String body) {
        long before = Client.quads(served.dataset());
        long start = System.nanoTime();
        HttpResponse<String> r = update(body);
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, r.statusCode() + " " + r.body());
        assertTrue(r.body().contains(QueryLimits.MAX_UPDATE_QUADS + " quads"), r.body());
        assertFalse(r.body().contains("Exception") || r.body().contains("java."), r.body());
        // The server's timeout is 10 s: the bound, not the timeout, stopped it.
        assertTrue(ms < 5_000, "answered after " + ms + " ms");
        assertEquals(before, Client.quads(served.dataset()), "nothing applied");
        long pingStart = System.nanoTime();
        assertEquals(200, Client.ping(served.server()));
        assertTrue(System.nanoTime() - pingStart < 1_000_000_000L, "ping slow after the update");
    }

    /**
     * ADD, COPY and MOVE copy whole graphs: a request of a few of them, each within the data's own
     * size, together over the bound is refused (50 ADDs of the default graph in 1.6 KB wrote 613,200
     * quads in 14 s before they were counted). Each copy is counted before it runs, so the copies
     * before the one that passes the bound run first, at most the bound's worth, and are rolled back
     * with the rest: no time bound here, that takes 2–7 s on TDB2 under load.
     */
    @ParameterizedTest
    @ValueSource(strings = { "ADD", "COPY", "MOVE" })
    void graphCopiesCountAgainstTheBound(String verb) {
        long defaultGraph = Txn.calculateRead(served.dataset(), () -> served.dataset().asDatasetGraph().getDefaultGraph().size());
        long copies = QueryLimits.MAX_UPDATE_QUADS / defaultGraph + 1;
        assertTrue(copies <= 50, "the default graph holds " + defaultGraph + " triples: too few for this test");
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < copies; i++) {
            // MOVE there and back: each one moves the whole default graph.
            String op = !verb.equals("MOVE") ? "ADD DEFAULT TO <urn:rehabkg:copy:" + i + ">"
                    : i % 2 == 0 ? "MOVE DEFAULT TO <urn:rehabkg:moved>" : "MOVE <urn:rehabkg:moved> TO DEFAULT";
            body.append(i == 0 ? "" : " ;\n").append(verb.equals("COPY") ? op.replace("ADD", "COPY") : op);
        }
        long before = Client.quads(served.dataset());
        HttpResponse<String> r = update(body.toString());
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains(QueryLimits.MAX_UPDATE_QUADS + " quads"), r.body());
        assertEquals(before, Client.quads(served.dataset()), "nothing applied");
        assertEquals(200, Client.ping(served.server()));
    }

    /** Updates within the bound still work, a WHERE included. */
    @Test
    void anOrdinaryUpdateStillWorks() {
        long before = Client.quads(served.dataset());
        assertEquals(2, update("INSERT DATA { <urn:rehabkg:s> <urn:rehabkg:p> <urn:rehabkg:o> }").statusCode() / 100);
        assertEquals(2, update("INSERT { ?s <urn:rehabkg:q> ?o } WHERE { ?s <urn:rehabkg:p> ?o }").statusCode() / 100);
        assertEquals(before + 2, Client.quads(served.dataset()));
        assertEquals(2, update("DELETE WHERE { <urn:rehabkg:s> ?p ?o }").statusCode() / 100);
        assertEquals(before, Client.quads(served.dataset()));
        // A copy within the bound.
        assertEquals(2, update("INSERT DATA { GRAPH <urn:rehabkg:small> { <urn:rehabkg:s> <urn:rehabkg:p> 1, 2 } } ;"
                + " COPY <urn:rehabkg:small> TO <urn:rehabkg:small2>").statusCode() / 100);
        assertEquals(before + 4, Client.quads(served.dataset()));
        assertEquals(2, update("DROP GRAPH <urn:rehabkg:small> ; DROP GRAPH <urn:rehabkg:small2>").statusCode() / 100);
        assertEquals(before, Client.quads(served.dataset()));
    }
}
