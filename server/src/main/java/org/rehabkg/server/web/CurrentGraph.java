package org.rehabkg.server.web;

import org.apache.jena.query.Dataset;
import org.rehabkg.query.QueryCatalog;
import org.rehabkg.api.RehabGraph;

/**
 * The API object the pages read through, one per version of the data: built on first need, shared by
 * every request, and dropped when an accepted write may have changed the data ({@link RebuildAfterWrite}),
 * so that the next request builds it again with a fresh index of labels and sources.
 */
final class CurrentGraph {
    private final Dataset dataset;
    private final QueryCatalog catalog;
    private RehabGraph graph;

    CurrentGraph(Dataset dataset, QueryCatalog catalog) {
        this.dataset = dataset;
        this.catalog = catalog;
    }

    synchronized RehabGraph get() {
        if (graph == null)
            graph = RehabGraph.over(dataset, catalog);
        return graph;
    }

    /**
     * Not closed: a request may still be reading through it, and over a local dataset closing it
     * releases nothing the dataset does not own.
     */
    synchronized void dataChanged() {
        graph = null;
    }
}
