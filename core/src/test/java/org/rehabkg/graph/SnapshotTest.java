package org.rehabkg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotTest {

    @Test
    void aSnapshotHoldsExactlyTheLoadedDatasetAndItsPrefixes(@TempDir Path dir) throws IOException {
        DataFolder tree = copyOfRepository(dir);
        ServedDataset loaded = ServedDataset.load(tree);
        Snapshot.write(loaded, Snapshot.fingerprint(tree), dir.resolve(Snapshot.FOLDER));

        ServedDataset read = Snapshot.read(tree).orElseThrow();
        assertTrue(read.validatedByBuild());
        assertFalse(loaded.validatedByBuild());
        assertEquals(loaded.assertedTriples(), read.assertedTriples());
        assertEquals(loaded.inferredTriples(), read.inferredTriples());
        DatasetGraph a = loaded.dataset().asDatasetGraph();
        DatasetGraph b = read.dataset().asDatasetGraph();
        Txn.executeRead(a, () -> Txn.executeRead(b, () -> assertTrue(IsoMatcher.isomorphic(a, b),
                "the snapshot must hold the same quads as a fresh load")));
        assertNotNull(read.prefixes().getNsPrefixURI("rkg"));
    }

    @Test
    void aSnapshotIsIgnoredOnceAnyDataOrRuleFileChanges(@TempDir Path dir) throws IOException {
        DataFolder tree = copyOfRepository(dir);
        Snapshot.write(ServedDataset.load(tree), Snapshot.fingerprint(tree), dir.resolve(Snapshot.FOLDER));
        assertTrue(Snapshot.read(tree).isPresent());

        Path qcRule = Files.list(dir.resolve(Validator.QC_FOLDER)).findFirst().orElseThrow();
        Files.writeString(qcRule, Files.readString(qcRule) + "\n# edited\n");
        assertEquals(Optional.empty(), Snapshot.read(tree).map(ServedDataset::assertedTriples));
    }

    /** The mappings are generated from the SSSOM files, so editing one must invalidate the snapshot too. */
    @Test
    void aSnapshotIsIgnoredOnceAMappingSetChanges(@TempDir Path dir) throws IOException {
        DataFolder tree = copyOfRepository(dir);
        Snapshot.write(ServedDataset.load(tree), Snapshot.fingerprint(tree), dir.resolve(Snapshot.FOLDER));
        assertTrue(Snapshot.read(tree).isPresent());

        Path mesh = dir.resolve("ontology/mappings/mesh.sssom.tsv");
        Files.writeString(mesh, Files.readString(mesh).replace("mesh:D020521", "mesh:D020520"));
        assertEquals(Optional.empty(), Snapshot.read(tree).map(ServedDataset::assertedTriples));
    }

    @Test
    void aTreeWithoutSnapshotHasNone(@TempDir Path dir) throws IOException {
        assertTrue(Snapshot.read(copyOfRepository(dir)).isEmpty());
    }

    /** The repository's ontology/ and queries/qc/ in a scratch folder, so the test may edit them. */
    private static DataFolder copyOfRepository(Path dir) throws IOException {
        for (String folder : new String[] { "ontology", Validator.QC_FOLDER }) {
            Path from = Path.of(folder);
            try (Stream<Path> files = Files.walk(from)) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    Path to = dir.resolve(f.toString());
                    if (Files.isDirectory(f))
                        Files.createDirectories(to);
                    else
                        Files.copy(f, to);
                }
            }
        }
        return DataFolder.directory(dir);
    }
}
