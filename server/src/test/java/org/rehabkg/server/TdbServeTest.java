package org.rehabkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rehabkg.server.Http.enc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rehabkg.graph.ServedDataset;
import org.rehabkg.graph.DataFolder;
import org.rehabkg.graph.tdb.TdbStore;

/** serve --tdb DIR: the first start loads, a later start serves the database as the updates left it. */
class TdbServeTest {
    static final String MARKER = "<urn:rehabkg:test> <urn:rehabkg:marker> \"persisted\"";

    @TempDir
    Path dir;

    @Test
    void secondStartReusesTheDatabaseWithItsUpdates() throws IOException {
        Path db = dir.resolve("db");
        Path passwd = Files.writeString(dir.resolve("passwd"), "editor: pw\n");
        AtomicInteger loads = new AtomicInteger();
        ServedDataset kg = ServedDataset.embedded();

        TdbStore first = TdbStore.open(db, DataFolder.embedded(), () -> { loads.incrementAndGet(); return kg.dataset(); });
        assertFalse(first.reused());
        RehabServer one = RehabServer.builder().dataset(first.dataset()).port(0).update(true).passwordFile(passwd).build().start();
        try {
            assertEquals(kg.assertedTriples() + kg.inferredTriples(), count(one, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"));
            int status = Http.post(one.url() + "rehab/update", "application/sparql-update", "INSERT DATA { " + MARKER + " }",
                                   "Authorization", Http.basic("editor", "pw")).statusCode();
            assertTrue(status / 100 == 2, "update: " + status);
        } finally {
            one.stop();
        }
        // Drop the JVM's cached connection, so the second open reads what is on disk.
        TDBInternal.expel(first.dataset().asDatasetGraph());

        TdbStore second = TdbStore.open(db, DataFolder.embedded(), () -> { loads.incrementAndGet(); return kg.dataset(); });
        assertTrue(second.reused());
        assertEquals(1, loads.get(), "the second start must not load");
        RehabServer two = RehabServer.builder().dataset(second.dataset()).port(0).build().start();
        try {
            assertEquals(1, count(two, "SELECT (COUNT(*) AS ?n) WHERE { " + MARKER + " }"));
        } finally {
            two.stop();
            TDBInternal.expel(second.dataset().asDatasetGraph());
        }
    }

    static long count(RehabServer server, String select) {
        String body = Http.get(server.url() + "rehab/sparql?format=csv&query=" + enc(select)).body();
        return Long.parseLong(body.strip().lines().reduce((a, b) -> b).orElseThrow().strip());
    }

}
