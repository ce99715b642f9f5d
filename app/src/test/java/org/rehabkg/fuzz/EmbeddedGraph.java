package org.rehabkg.fuzz;

import org.apache.jena.query.Dataset;
import org.rehabkg.graph.ServedDataset;

/**
 * The graph packaged with rehabkg, loaded once per test JVM on first use: by the Jazzer fuzz targets
 * from inside their first input, after Jazzer's agent is in place, so the classes that loading brings
 * in are instrumented for coverage too.
 */
final class EmbeddedGraph {
    static final Dataset DATASET = ServedDataset.embedded().dataset();

    private EmbeddedGraph() {}

    /** Loads the graph now (once), so that the first input's time does not include it. */
    static Dataset load() {
        return DATASET;
    }
}
