package org.rehabkg.server.web;

import java.util.List;

import org.apache.jena.graph.Node;

/** A triple shown on a page, with its evidence graphs, or marked inferred when the loader added it. */
record Statement(Node subject, Node predicate, Node object, List<Evidence> evidence, boolean inferred) {
}
