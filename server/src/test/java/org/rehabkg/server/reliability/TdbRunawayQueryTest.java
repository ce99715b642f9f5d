package org.rehabkg.server.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.rehabkg.server.Http.enc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rehabkg.graph.DataFolder;
import org.rehabkg.graph.tdb.TdbStore;
import org.rehabkg.server.Http;
import org.rehabkg.server.RehabServer;

/**
 * {@link RunawayQueryTest}'s shapes against a server on TDB2 in write mode, as
 * {@code serve --tdb DIR --update --passwd FILE} runs it: TDB2 runs queries with its own engine,
 * so the cancel flag must reach its reads too (a path closure computed whole per start node would
 * otherwise run past the cap).
 */
class TdbRunawayQueryTest {
    @TempDir
    static Path dir;
    static Dataset dataset;
    static RehabServer server;

    @BeforeAll
    static void start() throws IOException {
        dataset = TdbStore.open(dir.resolve("db"), DataFolder.embedded(), Client::freshGraph).dataset();
        Path passwd = Files.writeString(dir.resolve("passwd"), Client.USER + ": " + Client.PASSWORD + "\n");
        server = RehabServer.builder().dataset(dataset).port(0).timeout(RunawayQueryTest.CAP)
                .update(true).passwordFile(passwd).build().start();
        assertEquals(200, Http.get(server.url() + "rehab/sparql?query=" + enc("ASK {}")).statusCode());
    }

    @AfterAll
    static void stop() {
        server.stop();
        TDBInternal.expel(dataset.asDatasetGraph());
    }

    @ParameterizedTest
    @MethodSource("org.rehabkg.server.reliability.RunawayQueryTest#shapes")
    void cancelledWithinTheCapThenIdleAndCounted(String shape) throws InterruptedException {
        RunawayQueryTest.cancelledWithinTheCapThenIdleAndCounted(server, shape);
    }
}
