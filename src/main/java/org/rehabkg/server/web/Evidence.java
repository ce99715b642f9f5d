package org.rehabkg.server.web;

import java.util.List;

import org.apache.jena.graph.Node;

/**
 * Where a statement comes from: one evidence graph, the source it cites, the section it rests on and
 * the dimensions it bears on (docs/provenance.md). Null fields are simply not stated in the data.
 */
record Evidence(Node graph, Node source, String sourceTitle, String sourceUrl, String section, List<Node> dimensions) {
}
