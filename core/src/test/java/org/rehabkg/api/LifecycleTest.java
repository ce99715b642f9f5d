package org.rehabkg.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.apache.jena.system.progress.MonitorOutputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.rehabkg.graph.ServedDataset;
import org.rehabkg.graph.DataFolder;
import org.rehabkg.graph.tdb.TdbLoad;
import org.rehabkg.graph.tdb.TdbStore;

/** A RehabGraph's life: a TDB2 store made by the loader API, opened, closed, released. */
class LifecycleTest {
    @TempDir
    Path dir;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aStoreMadeByTheLoaderApiIsOpenedAndReleasedOnClose() throws Exception {
        Path db = dir.resolve("db");
        long loaded = TdbLoad.graph(db, ServedDataset.embedded(), MonitorOutputs.nullOutput());
        assertTrue(loaded > 1000, "loaded " + loaded);
        try (RehabGraph g = RehabGraph.tdb(db)) {
            assertEquals("occupational therapy", g.profession("OT").label().toLowerCase());
        }
        // The loader API marks the store as a finished load, as serve --tdb requires.
        TdbStore served = TdbStore.open(db, DataFolder.embedded(), () -> { throw new AssertionError("reloaded"); });
        assertTrue(served.reused());
        TdbStore.release(served.dataset());

        RehabGraph g = RehabGraph.tdb(db);
        g.profession("PT");
        g.close();
        Process other = new ProcessBuilder(javaCommand(), "-cp", System.getProperty("java.class.path"),
                OpenTdbStore.class.getName(), db.toString()).redirectErrorStream(true).start();
        String out = new String(other.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(other.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, other.exitValue(), "another process could not open the folder after close():\n" + out);
    }

    @Test
    void everyCallOnAClosedGraphSaysClosed() {
        RehabGraph g = RehabGraph.embedded();
        RehabGraph german = g.inLanguage("de");
        german.lookup("Ergotherapie");
        german.close(); // a view closes nothing
        g.lookup("OT");
        g.close();
        g.close(); // closing twice is harmless
        IllegalStateException view = assertThrows(IllegalStateException.class, () -> german.lookup("Ergotherapie"));
        assertTrue(view.getMessage().contains("closed"), view.getMessage());
        List<Consumer<RehabGraph>> calls = List.of(
                x -> x.query("ASK {}"),
                x -> x.runNamed("professions", Map.of()),
                x -> x.compare("OT", "PT"),
                x -> x.lookup("OT"),
                x -> x.recommend("stroke", null, null),
                x -> x.professions(),
                x -> x.stats(),
                x -> x.queries(),
                x -> x.dataset(),
                x -> x.inLanguage("de"),
                x -> x.card("https://w3id.org/rehabkg/occupational-therapy"));
        for (Consumer<RehabGraph> call : calls) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> call.accept(g));
            assertTrue(e.getMessage().contains("closed"), e.getMessage());
        }
    }

    @Test
    void aMissingFolderIsRefusedWithTheCallThatMakesOne() {
        Path missing = dir.resolve("absent");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RehabGraph.tdb(missing));
        assertTrue(e.getMessage().contains("no rehabkg TDB2 store") && e.getMessage().contains("TdbLoad.graph"), e.getMessage());
        assertTrue(Files.notExists(missing), "tdb() must not create the folder");
    }

    @Test
    void aFolderThatIsNoRehabkgStoreIsRefused() throws IOException {
        Path other = Files.createDirectories(dir.resolve("other"));
        Files.writeString(other.resolve("notes.txt"), "not a database");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RehabGraph.tdb(other));
        assertTrue(e.getMessage().contains("no rehabkg TDB2 store"), e.getMessage());
        assertEquals(List.of(other.resolve("notes.txt")), Files.list(other).toList(), "nothing written into it");
    }

    @Test
    void nullsAreRefusedByName() {
        try (RehabGraph g = RehabGraph.embedded()) {
            NullPointerException e = assertThrows(NullPointerException.class, () -> g.compare("OT", null));
            assertTrue(e.getMessage().contains("professionB"), e.getMessage());
            e = assertThrows(NullPointerException.class, () -> g.recommend(null, null, null));
            assertTrue(e.getMessage().contains("condition"), e.getMessage());
            e = assertThrows(NullPointerException.class, () -> RehabGraph.tdb(null));
            assertTrue(e.getMessage().contains("directory"), e.getMessage());
        }
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
