package org.rehabkg.graph.tdb;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.dboe.base.file.ProcessFileLock;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutputs;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;

import org.rehabkg.graph.BadInputException;
import org.rehabkg.graph.DataFolder;
import org.rehabkg.graph.Snapshot;
/**
 * A TDB2 database folder for {@code serve --tdb DIR}: filled once with Jena's TDB2 loader, then
 * reused as it is on every later start (no parsing, inference or validation). A marker file written
 * after a complete load tells a finished database from one a crash left half-loaded, and records the
 * fingerprint of the data it was loaded from, so that a start with other data can say the store is
 * stale. A stale store is still served as it is: it may hold updates that only it has.
 */
public final class TdbStore {
    static final String MARKER = "rehabkg-loaded";
    private static final String FINGERPRINT = "fingerprint";
    private static final String ORIGIN = "origin";

    private final Dataset dataset;
    private final boolean reused;
    private final Optional<String> staleness;

    private TdbStore(Dataset dataset, boolean reused, Optional<String> staleness) {
        this.dataset = dataset;
        this.reused = reused;
        this.staleness = staleness;
    }

    /**
     * @param tree   the data the store is meant to hold; its fingerprint is recorded on a first load
     *               and compared on a reuse
     * @param source the validated graph of {@code tree} to load when {@code dir} holds no database
     *               yet; not called when the database is reused
     * @throws IllegalArgumentException when {@code dir} holds files but no completed rehabkg load
     */
    public static TdbStore open(Path dir, DataFolder tree, Supplier<Dataset> source) {
        if (Files.exists(dir.resolve(MARKER)))
            return new TdbStore(connect(dir), true, staleness(dir, tree));
        if (!isEmptyOrMissing(dir))
            throw new BadInputException("TdbStore.open: " + dir + " holds files but no completed load of the graph"
                    + " (no " + MARKER + " marker); remove it or choose an empty folder");
        Dataset tdb = connect(dir);
        load(source.get().asDatasetGraph(), tdb.asDatasetGraph());
        markLoaded(dir, tree);
        return new TdbStore(tdb, false, Optional.empty());
    }

    /** @throws IllegalArgumentException when another process holds the database (TDB2's lock file) */
    private static Dataset connect(Path dir) {
        try {
            return TDB2Factory.connectDataset(dir.toString());
        } catch (DBOpEnvException e) {
            throw new BadInputException("the TDB2 database in " + dir + " is in use by another process; one process per database ("
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

    /** Why the store in {@code dir} does not hold {@code tree}'s data, if it was loaded from other data. */
    private static Optional<String> staleness(Path dir, DataFolder tree) {
        Properties marker = readMarker(dir);
        String recorded = marker.getProperty(FINGERPRINT);
        if (recorded == null && marker.getProperty(ORIGIN) != null)
            return Optional.empty(); // restored from a backup: the operator chose that data
        if (Snapshot.fingerprint(tree).equals(recorded))
            return Optional.empty();
        return Optional.of("the TDB2 database in " + dir + " was loaded from "
                + (recorded == null ? "data of unknown version" : "other data than " + tree.description())
                + "; it is opened as it is (it may hold updates): the current data needs a new folder");
    }

    /**
     * Marks {@code dir} as holding a completed load of {@code tree}'s validated graph, so that
     * {@code serve --tdb dir} reuses it; {@code rehabkg load} calls this after loading the graph.
     */
    public static void markLoaded(Path dir, DataFolder tree) {
        Properties marker = new Properties();
        marker.setProperty(FINGERPRINT, Snapshot.fingerprint(tree));
        marker.setProperty(ORIGIN, tree.description());
        writeMarker(dir, marker);
    }

    /** Marks {@code dir} as holding a completed restore of {@code backup}, served as it is. */
    public static void markRestored(Path dir, Path backup) {
        Properties marker = new Properties();
        marker.setProperty(ORIGIN, "backup " + backup.getFileName());
        writeMarker(dir, marker);
    }

    private static void writeMarker(Path dir, Properties marker) {
        try (OutputStream out = Files.newOutputStream(dir.resolve(MARKER))) {
            marker.store(out, "a completed load of the graph: TdbStore.open reuses this database; delete the folder to reload");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties readMarker(Path dir) {
        Properties marker = new Properties();
        try (InputStream in = Files.newInputStream(dir.resolve(MARKER))) {
            marker.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return marker;
    }

    /**
     * Whether {@code dir} holds a rehabkg TDB2 store: a completed load of the graph or a restore (the
     * marker), or a TDB2 database of files loaded with {@link TdbLoad#files}.
     */
    public static boolean isStore(Path dir) {
        if (!Files.isDirectory(dir))
            return false;
        if (Files.exists(dir.resolve(MARKER)))
            return true;
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.anyMatch(p -> Files.isDirectory(p) && p.getFileName().toString().matches("Data-\\d+"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether this JVM already has the TDB2 database in {@code dir} open (a connection to keep). */
    public static boolean isOpen(Path dir) {
        Path lock = dir.resolve("tdb.lock");
        return Files.exists(lock) && ProcessFileLock.create(lock.toString()).isLockedHere();
    }

    /**
     * Closes this JVM's connection to a TDB2 database and gives up its lock file, so that another
     * process may open it: closing a Jena connection alone keeps the lock until the JVM exits. Every
     * dataset of that folder in this JVM stops working.
     */
    public static void release(Dataset tdb) {
        TDBInternal.expel(tdb.asDatasetGraph());
    }

    public Dataset dataset() { return dataset; }

    /** Whether the database was already there (nothing was loaded at this start). */
    public boolean reused() { return reused; }

    /**
     * A warning when the reused database was loaded from other data than the current (to be loaded
     * into a new folder, if the current data is wanted); empty otherwise.
     */
    public Optional<String> staleness() { return staleness; }
}
