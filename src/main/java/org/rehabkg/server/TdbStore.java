package org.rehabkg.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutputs;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

/**
 * A TDB2 database folder for {@code serve --tdb DIR}: filled once with Jena's TDB2 loader, then
 * reused as it is on every later start (no parsing, inference or validation). A marker file written
 * after a complete load tells a finished database from one a crash left half-loaded.
 */
public final class TdbStore {
    static final String MARKER = "rehabkg-loaded";

    private final Dataset dataset;
    private final boolean reused;

    private TdbStore(Dataset dataset, boolean reused) {
        this.dataset = dataset;
        this.reused = reused;
    }

    /**
     * @param source the validated graph to load when {@code dir} holds no database yet; not called
     *               when the database is reused
     * @throws IllegalArgumentException when {@code dir} holds files but no completed rehabkg load
     */
    public static TdbStore open(Path dir, Supplier<Dataset> source) {
        if (Files.exists(dir.resolve(MARKER)))
            return new TdbStore(connect(dir), true);
        if (!isEmptyOrMissing(dir))
            throw new IllegalArgumentException("--tdb " + dir + " holds files but no completed rehabkg load"
                    + " (no " + MARKER + " marker); remove it or choose an empty folder");
        Dataset tdb = connect(dir);
        load(source.get().asDatasetGraph(), tdb.asDatasetGraph());
        writeMarker(dir);
        return new TdbStore(tdb, false);
    }

    /** @throws IllegalArgumentException when another process holds the database (TDB2's lock file) */
    private static Dataset connect(Path dir) {
        try {
            return TDB2Factory.connectDataset(dir.toString());
        } catch (DBOpEnvException e) {
            throw new IllegalArgumentException("--tdb " + dir + " is in use by another process; one server per database ("
                    + e.getMessage() + ")", e);
        }
    }

    private static void load(DatasetGraph from, DatasetGraph to) {
        // The basic loader: the graph is small, and the parallel loaders would take every core.
        DataLoader loader = LoaderFactory.basicLoader(to, MonitorOutputs.nullOutput());
        loader.startBulk();
        try {
            Txn.executeRead(from, () -> {
                from.prefixes().forEach((prefix, uri) -> loader.streamRDF().prefix(prefix, uri));
                from.find().forEachRemaining(loader.streamRDF()::quad);
            });
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
    }

    private static boolean isEmptyOrMissing(Path dir) {
        if (!Files.exists(dir))
            return true;
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Marks {@code dir} as holding a completed load of the validated graph, so that
     * {@code serve --tdb dir} reuses it; {@code rehabkg load} calls this after loading the graph.
     */
    public static void writeMarker(Path dir) {
        try {
            Files.writeString(dir.resolve(MARKER), "loaded by rehabkg serve --tdb; delete this folder to reload\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Dataset dataset() { return dataset; }

    /** Whether the database was already there (nothing was loaded at this start). */
    public boolean reused() { return reused; }
}
