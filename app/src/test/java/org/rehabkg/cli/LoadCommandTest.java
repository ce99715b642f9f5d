package org.rehabkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rehabkg.graph.DataFolder;
import org.rehabkg.graph.tdb.TdbStore;

class LoadCommandTest {
    static long count(String tdb, String sparql) {
        Cli.Result r = Cli.run("query", "--tdb", tdb, sparql, "--results", "json");
        assertEquals(0, r.exit(), r.toString());
        return ResultSetMgr.read(new ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON)
                           .next().getLiteral("n").getLong();
    }

    @Test
    void theServedGraphThenAFile(@TempDir Path dir) throws Exception {
        String tdb = dir.resolve("db").toString();
        Cli.Result load = Cli.run("load", "--tdb", tdb);
        assertEquals(0, load.exit(), load.toString());
        assertTrue(load.err().contains("loaded "), load.err());
        assertTrue(count(tdb, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }") > 0, "evidence graphs loaded");

        // serve --tdb reuses what load made instead of loading again.
        assertTrue(TdbStore.open(dir.resolve("db"), DataFolder.embedded(), () -> { throw new AssertionError("reloaded"); }).reused());

        // The API works over TDB2 as over the embedded graph.
        Cli.Result compare = Cli.run("compare", "OT", "PT", "--tdb", tdb, "--format", "json");
        assertEquals(0, compare.exit(), compare.toString());

        Path extra = dir.resolve("extra.ttl");
        Files.writeString(extra, "<https://example.org/x> <https://example.org/p> \"loaded\" .\n");
        assertEquals(0, Cli.run("load", "--tdb", tdb, extra.toString()).exit());
        assertEquals(1, count(tdb, "SELECT (COUNT(*) AS ?n) { ?s <https://example.org/p> \"loaded\" }"));
    }

    @Test
    void invalidDataIsNotLoaded(@TempDir Path dir) {
        Cli.Result r = Cli.run("load", "--tdb", dir.resolve("db").toString(), "--data", "core/src/test/resources/fixtures/credential-bodies");
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.err().contains("not loading invalid data"), r.err());
        assertFalse(Files.exists(dir.resolve("db")), "nothing written");
    }

    @Test
    void errors(@TempDir Path dir) {
        assertEquals(2, Cli.run("load").exit(), "--tdb is required");
        Cli.Result missing = Cli.run("load", "--tdb", dir.resolve("db").toString(), dir.resolve("nope.ttl").toString());
        assertEquals(1, missing.exit(), missing.toString());
        assertTrue(missing.err().contains("no such file"), missing.err());
        Cli.Result noDb = Cli.run("query", "--tdb", dir.resolve("absent").toString(), "ASK {}");
        assertEquals(1, noDb.exit(), noDb.toString());
    }
}
