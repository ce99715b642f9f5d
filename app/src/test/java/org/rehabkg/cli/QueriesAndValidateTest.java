package org.rehabkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueriesAndValidateTest {
    @Test
    void queriesListsWithoutLoadingTheGraph(@TempDir Path dir) throws Exception {
        Cli.dataFolder(dir);
        // A broken data file: any verb that loads the graph fails on it, so queries must not load it.
        Files.writeString(dir.resolve("ontology/data/broken.trig"), "this is not RDF");
        Cli.Result r = Cli.run("queries", "--data", dir.toString());
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("demo/professions  —  Professions"), r.out());
        assertTrue(r.out().contains("--param profession=<iri>"), r.out());

        Cli.Result broken = Cli.run("validate", "--data", dir.toString());
        assertEquals(1, broken.exit(), broken.toString());
        assertTrue(broken.err().startsWith("rehabkg: ontology/data/broken.trig:1:"), broken.err());
        assertEquals(1, broken.err().lines().count(), "one line, no stack trace: " + broken.err());
    }
}
