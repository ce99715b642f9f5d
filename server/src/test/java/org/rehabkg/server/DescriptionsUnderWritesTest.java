package org.rehabkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rehabkg.graph.DataFolder;
import org.rehabkg.graph.ServedDataset;
import org.rehabkg.graph.tdb.TdbStore;

/**
 * Issue 18, acknowledged writes: the fuzz run found writes on TDB2 waiting behind the recount of the
 * VoID and Service Descriptions ({@link Descriptions}) once the dataset held a few hundred named
 * graphs. A write server as {@code serve --tdb DIR --update --passwd FILE} runs here over a dataset
 * with {@value #GRAPHS} more named graphs, so that the VoID graph is large (one subset per graph):
 * writes in a row are still answered quickly, and the recount still ends with the right counts.
 */
class DescriptionsUnderWritesTest {
    static final int GRAPHS = 5_000;
    static final int WRITES = 20;

    @TempDir
    static Path dir;
    static DatasetGraph dataset;
    static RehabServer server;

    @BeforeAll
    static void start() throws IOException {
        Dataset tdb = TdbStore.open(dir.resolve("db"), DataFolder.embedded(), () -> ServedDataset.embedded().dataset()).dataset();
        dataset = tdb.asDatasetGraph();
        Txn.executeWrite(dataset, () -> {
            for (int g = 0; g < GRAPHS; g++)
                dataset.add(NodeFactory.createURI("urn:rehabkg:many:" + g), NodeFactory.createURI("urn:rehabkg:s" + g),
                            NodeFactory.createURI("urn:rehabkg:p"), NodeFactory.createLiteralString("o" + g));
        });
        server = RehabServer.builder().dataset(tdb).port(0).update(true).passwordFile(TestServer.passwordFile(dir)).build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        TDBInternal.expel(dataset);
    }

    static HttpResponse<String> write(String path, String contentType, String body) {
        return Http.send(HttpRequest.newBuilder(URI.create(server.url() + path)).timeout(Duration.ofSeconds(120))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", contentType)
                .header("Authorization", Http.basic(TestServer.USER, TestServer.PASSWORD)).build());
    }

    static Graph storedVoid() {
        return Txn.calculateRead(dataset, () -> {
            Graph copy = GraphFactory.createDefaultGraph();
            dataset.getGraph(VoidDescription.GRAPH).find().forEachRemaining(copy::add);
            return copy;
        });
    }

    /** Waits until the stored VoID graph describes the data as it is now: the recount has caught up and ended. */
    static void voidSettles() throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (true) {
            Graph expected = VoidDescription.build(DatasetStatistics.of(dataset, VoidDescription.GRAPH), server.url(), false).getGraph();
            if (storedVoid().isIsomorphicWith(expected))
                return;
            assertTrue(System.nanoTime() < deadline, "the VoID graph never caught up with the data");
            Thread.sleep(100);
        }
    }

    /**
     * The fuzz's pattern: one small INSERT DATA after another, each into a graph of its own, each
     * starting a recount. Before the fix every recount rewrote the whole VoID graph (about four
     * triples per named graph) in one write transaction, and a write arriving meanwhile waited for it.
     */
    @Test
    void writesInARowAreAnsweredQuickly() throws InterruptedException {
        long start = System.nanoTime();
        long slowest = 0;
        for (int i = 0; i < WRITES; i++) {
            long t = System.nanoTime();
            HttpResponse<String> r = write("rehab/update", "application/sparql-update",
                    "INSERT DATA { GRAPH <urn:rehabkg:row:" + i + "> { <urn:rehabkg:s> <urn:rehabkg:p> " + i + " } }");
            slowest = Math.max(slowest, System.nanoTime() - t);
            assertEquals(2, r.statusCode() / 100, r.statusCode() + " " + r.body());
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.println(WRITES + " writes in " + ms + " ms, the slowest " + slowest / 1_000_000 + " ms");
        assertTrue(ms < 10_000, WRITES + " writes took " + ms + " ms (the slowest " + slowest / 1_000_000 + " ms)");
        voidSettles();
    }

    /** A recount after a write keeps the blank node of each subset whose graph the write did not touch. */
    @Test
    void aRecountRewritesOnlyWhatChanged() throws InterruptedException {
        voidSettles();
        Node untouched = subsetOf("urn:rehabkg:many:7");
        assertEquals(2, write("rehab/update", "application/sparql-update",
                "INSERT DATA { GRAPH <urn:rehabkg:many:8> { <urn:rehabkg:s> <urn:rehabkg:p> \"more\" } }").statusCode() / 100);
        voidSettles();
        assertEquals(untouched, subsetOf("urn:rehabkg:many:7"));
    }

    static Node subsetOf(String graph) {
        Graph v = storedVoid();
        return v.find(Node.ANY, ServiceDescription.NAME.asNode(), NodeFactory.createURI(graph)).next().getSubject();
    }

    /** N-Quads may name a graph with a blank node: the recount counts it like any other graph. */
    @Test
    void aGraphNamedByABlankNodeIsCounted() throws InterruptedException {
        HttpResponse<String> r = write("rehab/data", "application/n-quads", "<urn:rehabkg:s> <urn:rehabkg:p> \"in a blank graph\" _:g .\n");
        assertEquals(2, r.statusCode() / 100, r.statusCode() + " " + r.body());
        voidSettles();
    }
}
