package org.rehabkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rehabkg.graph.ServedDataset;

/** The read verbs against a SPARQL 1.1 endpoint (an in-process Fuseki holding the served dataset). */
class EndpointTest {
    static FusekiServer server;
    static String endpoint;

    @BeforeAll
    static void start() {
        server = FusekiServer.create().port(0).add("/rehab", ServedDataset.embedded().dataset()).build().start();
        endpoint = "http://localhost:" + server.getPort() + "/rehab/sparql";
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void queryCompareLookupRecommendOverHttp() {
        Cli.Result q = Cli.run("query", "--endpoint", endpoint, "ASK { <https://w3id.org/rehabkg/occupational-therapy> ?p ?o }", "--results", "json");
        assertEquals(0, q.exit(), q.toString());
        assertTrue(JSON.parse(q.out()).get("boolean").getAsBoolean().value());

        Cli.Result local = Cli.run("compare", "OT", "PT", "--format", "json");
        Cli.Result remote = Cli.run("compare", "OT", "PT", "--format", "json", "--endpoint", endpoint);
        assertEquals(0, remote.exit(), remote.toString());
        assertEquals(JSON.parse(local.out()), JSON.parse(remote.out()), "the same answer from the endpoint");

        Cli.Result lookup = Cli.run("lookup", "physiotherapy", "--endpoint", endpoint);
        assertEquals(0, lookup.exit(), lookup.toString());
        assertTrue(lookup.out().startsWith("physical therapy  <https://w3id.org/rehabkg/physical-therapy>"), lookup.out());

        Cli.Result rec = Cli.run("recommend", "--condition", "autism", "--endpoint", endpoint);
        assertEquals(0, rec.exit(), rec.toString());
        assertTrue(rec.out().contains("1. occupational therapy"), rec.out());
    }

    @Test
    void oneSourceAtATime() {
        Cli.Result r = Cli.run("compare", "OT", "PT", "--endpoint", endpoint, "--data", ".");
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.err().contains("at most one of"), r.err());
    }
}
