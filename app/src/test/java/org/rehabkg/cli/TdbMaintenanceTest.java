package org.rehabkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** backup, compact and restore round-trip a TDB2 database made by load, as README's "Running it in public" says. */
class TdbMaintenanceTest {
    @TempDir
    Path dir;

    @Test
    void backupCompactAndRestoreKeepEveryQuad() {
        Path db = dir.resolve("db"), restored = dir.resolve("db2");
        assertEquals(0, Cli.run("load", "--tdb", db.toString()).exit());

        Cli.Result backup = Cli.run("backup", "--tdb", db.toString());
        assertEquals(0, backup.exit(), backup.toString());
        Path file = Path.of(backup.out().strip());
        assertTrue(Files.isRegularFile(file) && file.toString().endsWith(".nq.gz"), backup.out());
        DatasetGraph fromBackup = DatasetGraphFactory.createGeneral();
        RDFParser.source(file.toString()).parse(fromBackup);   // by name: .nq.gz is gunzipped
        assertIsomorphic(fromBackup, db);

        assertEquals(0, Cli.run("compact", "--tdb", db.toString()).exit());
        assertIsomorphic(fromBackup, db);

        Cli.Result restore = Cli.run("restore", "--tdb", restored.toString(), file.toString());
        assertEquals(0, restore.exit(), restore.toString());
        assertTrue(Files.exists(restored.resolve("rehabkg-loaded")), "serve --tdb reuses a restored folder");
        assertIsomorphic(fromBackup, restored);
    }

    @Test
    void wrongFoldersAreOneLineErrors() throws Exception {
        Cli.Result notADatabase = Cli.run("backup", "--tdb", dir.toString());
        assertEquals(1, notADatabase.exit());
        assertTrue(notADatabase.err().contains("is not a TDB2 database"), notADatabase.err());

        Files.writeString(dir.resolve("something"), "x");
        Cli.Result notEmpty = Cli.run("restore", "--tdb", dir.toString(), "backup.nq.gz");
        assertEquals(1, notEmpty.exit());
        assertTrue(notEmpty.err().contains("is not empty"), notEmpty.err());
    }

    private static void assertIsomorphic(DatasetGraph expected, Path database) {
        Dataset tdb = TDB2Factory.connectDataset(database.toString());
        Txn.executeRead(tdb, () -> assertTrue(IsoMatcher.isomorphic(expected, tdb.asDatasetGraph()),
                "the database holds exactly the backed-up quads: " + database));
    }
}
