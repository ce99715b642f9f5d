package org.rehabkg.server;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The counts behind the VoID and Service Descriptions, and the VoID graph stored in the dataset, kept
 * in step with the data: taken at start, then again after writes. A recount reads the whole dataset,
 * so it runs on one background thread and a burst of writes costs one or two recounts, not one each;
 * a write never waits for it, only for the short write transaction that stores what it changed.
 */
final class Descriptions {
    private static final Logger LOG = LoggerFactory.getLogger(Descriptions.class);

    private final DatasetGraph dataset;
    private final AtomicBoolean pending = new AtomicBoolean();
    private final ExecutorService recounter = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "rehabkg-descriptions");
        t.setDaemon(true);
        return t;
    });
    private volatile DatasetStatistics stats;
    private volatile String url;
    private volatile boolean closed;

    private final boolean dumps;

    /** @param dumps whether the server offers the release files ({@link DumpsModule}), which the VoID lists */
    Descriptions(DatasetGraph dataset, boolean dumps) {
        this.dataset = dataset;
        this.dumps = dumps;
        this.stats = DatasetStatistics.of(dataset, VoidDescription.GRAPH);
    }

    DatasetStatistics stats() {
        return stats;
    }

    /** Stores the VoID graph, which names the server at {@code url}; called once the port is known. */
    void publish(String url) {
        this.url = url;
        storeVoid();
    }

    /**
     * The VoID graph as stored in the dataset (VoID section 7.2 serves it at a well-known path), so the
     * document and what SPARQL sees in {@link VoidDescription#GRAPH} are the same triples.
     */
    Model storedVoid() {
        return Txn.calculateRead(dataset, () -> {
            Model copy = ModelFactory.createDefaultModel();
            copy.getGraph().getPrefixMapping().setNsPrefixes(VoidDescription.PREFIXES);
            dataset.getGraph(VoidDescription.GRAPH).find().forEachRemaining(copy.getGraph()::add);
            return copy;
        });
    }

    /** The data may have changed: recount soon, once for all the changes made until then. */
    void dataChanged() {
        if (pending.compareAndSet(false, true))
            recounter.execute(() -> {
                pending.set(false); // a write from now on asks for another recount
                if (closed)
                    return;
                try {
                    stats = DatasetStatistics.of(dataset, VoidDescription.GRAPH);
                    storeVoid();
                } catch (RuntimeException e) {
                    LOG.warn("could not refresh the VoID and Service Descriptions: {}", e.toString());
                }
            });
    }

    /**
     * Writes only what changed. Writes wait for the write transaction this takes, and rewriting the
     * whole graph (about four triples per named graph, each in six TDB2 indexes, with new blank
     * nodes) held TDB2's writer lock for seconds once there were thousands of graphs: a stream of
     * writes started a recount each, and each write waited for the rewrite before. The difference is
     * read outside the write transaction; synchronized, as the first store (at start) and a recount
     * may overlap. A client's write to the VoID graph meanwhile starts a recount of its own, which
     * puts the graph right.
     */
    private synchronized void storeVoid() {
        Graph fresh = VoidDescription.build(stats, url, dumps).getGraph();
        VoidChanges changes = Txn.calculateRead(dataset, () -> VoidChanges.between(dataset.getGraph(VoidDescription.GRAPH), fresh));
        if (!changes.isEmpty())
            Txn.executeWrite(dataset, () -> changes.applyTo(dataset, VoidDescription.GRAPH));
    }

    /**
     * Waits for a recount under way, without interrupting it (an interrupt closes TDB2's file
     * channels); one not yet started is dropped. After this the dataset can be closed.
     */
    void close() {
        closed = true;
        recounter.shutdown();
        try {
            if (!recounter.awaitTermination(1, TimeUnit.MINUTES))
                LOG.warn("a recount of the VoID and Service Descriptions is still running");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
