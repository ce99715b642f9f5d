package org.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rehabkg.api.RehabGraph;
import org.rehabkg.graph.ServedDataset;
import org.rehabkg.graph.tdb.TdbLoad;
import org.rehabkg.graph.tdb.TdbStore;
import org.slf4j.LoggerFactory;

/**
 * The library as an application sees it: the same question answered by the embedded graph, a TDB2
 * store the application made with the loader API, and a SPARQL endpoint, with the application's
 * logback in charge of every log line (the library ships no provider).
 */
class ConsumerTest {

    @Test
    void logbackIsTheProvider() {
        assertEquals("ch.qos.logback.classic.LoggerContext", LoggerFactory.getILoggerFactory().getClass().getName());
    }

    @Test
    void embeddedTdbAndRemoteGiveTheSameComparison(@TempDir Path dir) {
        int embedded;
        try (RehabGraph graph = RehabGraph.embedded()) {
            embedded = CompareProfessions.dimensions(graph, "OT", "PT");
        }
        assertTrue(embedded >= 5, "the five dimensions of the article: " + embedded);

        Path store = dir.resolve("db");
        ServedDataset data = ServedDataset.embedded();
        TdbLoad.graph(store, data, (format, args) -> {});
        TdbStore.markLoaded(store, data.dataFolder());
        try (RehabGraph graph = RehabGraph.tdb(store)) {
            assertEquals(embedded, CompareProfessions.dimensions(graph, "OT", "PT"));
        }

        FusekiServer server = FusekiServer.create().port(0).add("/rehab", data.dataset()).build().start();
        try (RehabGraph graph = RehabGraph.remote("http://localhost:" + server.getHttpPort() + "/rehab/sparql")) {
            assertEquals(embedded, CompareProfessions.dimensions(graph, "OT", "PT"));
        } finally {
            server.stop();
        }
    }
}
