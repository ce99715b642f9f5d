package org.rehabkg.graph.tdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.rehabkg.graph.DataFolder;
import org.rehabkg.graph.ServedDataset;
/** The --tdb store: loaded once, reused after, refused when half-made, and stale when the data moved on. */
class TdbStoreTest {
    static final DataFolder EMBEDDED = DataFolder.embedded();
    static final DataFolder OTHER = DataFolder.directory(Path.of("core/src/test/resources/fixtures/clean"));

    @TempDir
    Path dir;

    private final AtomicInteger loads = new AtomicInteger();
    private Dataset opened;

    private TdbStore open(Path db, DataFolder tree) {
        if (opened != null)
            TDBInternal.expel(opened.asDatasetGraph()); // so the next open reads what is on disk
        TdbStore store = TdbStore.open(db, tree, () -> { loads.incrementAndGet(); return ServedDataset.embedded().dataset(); });
        opened = store.dataset();
        return store;
    }

    @AfterEach
    void release() {
        if (opened != null)
            TDBInternal.expel(opened.asDatasetGraph());
    }

    @Test
    void loadsOnceThenReusesWithoutAWarning() {
        Path db = dir.resolve("db");
        assertFalse(open(db, EMBEDDED).reused());
        TdbStore again = open(db, EMBEDDED);
        assertTrue(again.reused());
        assertEquals(1, loads.get(), "the second open must not load");
        assertTrue(again.staleness().isEmpty(), again.staleness().toString());
    }

    @Test
    void aStoreLoadedFromOtherDataIsServedWithAWarning() {
        Path db = dir.resolve("db");
        open(db, EMBEDDED);
        TdbStore stale = open(db, OTHER);
        assertTrue(stale.reused(), "a stale store is still served: it may hold updates");
        assertEquals(1, loads.get());
        String why = stale.staleness().orElseThrow();
        assertTrue(why.contains(db.toString()) && why.contains("other data than") && why.contains("new folder"), why);
    }

    @Test
    void aStoreMarkedByAnEarlierVersionIsOfUnknownData() throws IOException {
        Path db = dir.resolve("db");
        open(db, EMBEDDED);
        Files.writeString(db.resolve(TdbStore.MARKER), "loaded by rehabkg serve --tdb; delete this folder to reload\n");
        String why = open(db, EMBEDDED).staleness().orElseThrow();
        assertTrue(why.contains("unknown version"), why);
    }

    @Test
    void aRestoredStoreIsServedAsTheOperatorChose() {
        Path db = dir.resolve("db");
        open(db, EMBEDDED);
        TdbStore.markRestored(db, Path.of("backup_2026-11-26.nq.gz"));
        assertTrue(open(db, OTHER).staleness().isEmpty());
    }

    @Test
    void aFolderWithoutACompletedLoadIsRefused() throws IOException {
        Files.writeString(dir.resolve("something"), "not a database");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TdbStore.open(dir, EMBEDDED, () -> { throw new AssertionError("must not load"); }));
        assertTrue(e.getMessage().contains(TdbStore.MARKER), e.getMessage());
    }
}
