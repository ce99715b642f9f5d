package org.rehabkg.server;

import org.apache.jena.query.Dataset;
import org.rehabkg.query.QueryCatalog;
import org.rehabkg.api.RehabGraph;
import org.rehabkg.api.SearchIndex;

/**
 * The search index of the served data, one per version of it: built on the first search, shared by
 * every request, and dropped when an accepted write may have changed the data, so that the next
 * search builds it again (the same life as the pages' {@code CurrentGraph}).
 */
final class CurrentSearch {
    private final Dataset dataset;
    private final QueryCatalog catalog;
    private SearchIndex index;

    CurrentSearch(Dataset dataset, QueryCatalog catalog) {
        this.dataset = dataset;
        this.catalog = catalog;
    }

    /**
     * The graph it reads through is not closed: over a local dataset that would release nothing the
     * dataset does not own, as for the pages.
     */
    synchronized SearchIndex get() {
        if (index == null)
            index = SearchIndex.of(RehabGraph.over(dataset, catalog));
        return index;
    }

    synchronized void dataChanged() {
        index = null;
    }
}
