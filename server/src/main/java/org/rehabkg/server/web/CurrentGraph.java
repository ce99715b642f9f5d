package org.rehabkg.server.web;

import org.apache.jena.query.Dataset;
import org.rehabkg.query.QueryCatalog;
import org.rehabkg.api.RehabGraph;

/**
 * The API object the pages read through, one per version of the data ({@link PerDataVersion}), so
 * that the next request after a write builds it again with a fresh index of labels and sources.
 */
final class CurrentGraph extends PerDataVersion<RehabGraph> {
    CurrentGraph(Dataset dataset, QueryCatalog catalog) {
        super(() -> RehabGraph.over(dataset, catalog));
    }
}
