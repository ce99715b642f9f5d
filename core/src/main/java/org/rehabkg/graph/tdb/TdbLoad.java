package org.rehabkg.graph.tdb;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;

import org.rehabkg.graph.BadInputException;
import org.rehabkg.graph.RdfFiles;
import org.rehabkg.graph.ServedDataset;
/**
 * Bulk loads into a TDB2 database with Jena's TDB2 loader, which reports progress through a
 * {@link MonitorOutput} (a line every so many triples on long loads, and a summary).
 */
public final class TdbLoad {
    private TdbLoad() {}

    /** The files as they are (no inference); the loader reads their syntax from their names. */
    public static long files(Path database, List<Path> files, MonitorOutput progress) {
        for (Path f : files)
            if (!Files.isRegularFile(f))
                throw new BadInputException("no such file: " + f);
        return load(database, progress, loader -> {
            for (Path f : files) {
                try {
                    loader.load(f.toString());
                } catch (StackOverflowError e) {
                    throw RdfFiles.tooDeep(f.toString());
                }
            }
        });
    }

    /**
     * The served knowledge graph (with entailments and named graphs), as {@code rehabkg serve} has it,
     * marked as a completed load ({@link TdbStore#markLoaded}) so that a server reuses it.
     */
    public static long graph(Path database, ServedDataset kg, MonitorOutput progress) {
        DatasetGraph served = kg.dataset().asDatasetGraph();
        long loaded = load(database, progress, loader -> {
            StreamRDF sink = loader.streamRDF();
            served.prefixes().forEach(sink::prefix);
            Txn.executeRead(served, () -> served.find().forEachRemaining(sink::quad));
        });
        TdbStore.markLoaded(database, kg.dataFolder());
        return loaded;
    }

    /**
     * Loads, then closes the database unless this JVM had it open already, so that its folder is free
     * for another process (a server) once the load returns.
     */
    private static long load(Path database, MonitorOutput progress, java.util.function.Consumer<DataLoader> body) {
        boolean openBefore = TdbStore.isOpen(database);
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(database.toString());
        try {
            DataLoader loader = LoaderFactory.createLoader(dsg, progress);
            loader.startBulk();
            try {
                body.accept(loader);
                loader.finishBulk();
            } catch (RuntimeException e) {
                loader.finishException(e);
                throw e;
            }
            return loader.countTriples() + loader.countQuads();
        } finally {
            if (!openBefore)
                TDBInternal.expel(dsg);
        }
    }
}
