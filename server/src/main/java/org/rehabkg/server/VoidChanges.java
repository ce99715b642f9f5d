package org.rehabkg.server;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.VOID;

/**
 * What a recount changes in the stored VoID graph: the triples to remove and to add so that it holds
 * a freshly built VoID. Each class or property partition and each named graph's subset is a blank
 * node; a fresh one is matched to the stored one that describes the same class, property or graph,
 * so what did not change keeps its triples, and a write to one graph changes a few counts instead of
 * the whole graph (see {@link Descriptions}).
 */
record VoidChanges(List<Triple> removed, List<Triple> added) {
    /** What a partition or subset describes: one of these with its object. */
    private static final Set<Node> DESCRIBES = Set.of(VOID._class.asNode(), VOID.property.asNode(), ServiceDescription.NAME.asNode());

    static VoidChanges between(Graph stored, Graph fresh) {
        Set<Triple> before = stored.find().toSet();
        Map<List<Node>, Node> storedNodes = describedBy(before);
        Map<Node, Node> keep = new HashMap<>();
        describedBy(fresh.find().toSet()).forEach((what, node) -> {
            Node old = storedNodes.get(what);
            if (old != null)
                keep.put(node, old);
        });
        Set<Triple> after = fresh.find().mapWith(t -> Triple.create(keep.getOrDefault(t.getSubject(), t.getSubject()), t.getPredicate(),
                                                                     keep.getOrDefault(t.getObject(), t.getObject()))).toSet();
        return new VoidChanges(before.stream().filter(t -> !after.contains(t)).toList(),
                               after.stream().filter(t -> !before.contains(t)).toList());
    }

    private static Map<List<Node>, Node> describedBy(Set<Triple> triples) {
        Map<List<Node>, Node> nodes = new HashMap<>();
        for (Triple t : triples)
            if (t.getSubject().isBlank() && DESCRIBES.contains(t.getPredicate()))
                nodes.put(List.of(t.getPredicate(), t.getObject()), t.getSubject());
        return nodes;
    }

    boolean isEmpty() {
        return removed.isEmpty() && added.isEmpty();
    }

    /** In the caller's write transaction. */
    void applyTo(DatasetGraph dataset, Node graph) {
        removed.forEach(t -> dataset.delete(graph, t.getSubject(), t.getPredicate(), t.getObject()));
        added.forEach(t -> dataset.add(graph, t.getSubject(), t.getPredicate(), t.getObject()));
    }
}
