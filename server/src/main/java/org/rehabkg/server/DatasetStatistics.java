package org.rehabkg.server;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.NodeCmp;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;

/**
 * Counts over the served dataset for the VoID and Service Descriptions, taken at start and after
 * writes ({@link Descriptions}). The graphs named in {@code exclude} (the VoID graph itself) are not
 * counted.
 */
record DatasetStatistics(long triples, Set<Node> classes, Set<Node> properties, long distinctSubjects,
                         long distinctObjects, Map<Node, Long> namedGraphs) {

    static DatasetStatistics of(DatasetGraph dataset, Node exclude) {
        return Txn.calculateRead(dataset, () -> {
            Graph dflt = dataset.getDefaultGraph();
            Set<Node> classes = new HashSet<>();
            Set<Node> properties = new HashSet<>();
            Set<Node> subjects = new HashSet<>();
            Set<Node> objects = new HashSet<>();
            long[] triples = { 0 };
            dflt.find().forEachRemaining(t -> {
                triples[0]++;
                subjects.add(t.getSubject());
                properties.add(t.getPredicate());
                objects.add(t.getObject());
                if (t.getPredicate().equals(RDF.Nodes.type) && !t.getObject().isLiteral())
                    classes.add(t.getObject());
            });
            // Any RDF term order: a graph may be named by a blank node (N-Quads, TriG), which has no URI.
            Set<Node> names = new TreeSet<>(NodeCmp::compareRDFTerms);
            dataset.listGraphNodes().forEachRemaining(names::add);
            names.remove(exclude);
            Map<Node, Long> graphs = new LinkedHashMap<>();
            names.forEach(g -> graphs.put(g, (long) dataset.getGraph(g).size()));
            return new DatasetStatistics(triples[0], Set.copyOf(classes), Set.copyOf(properties),
                                         subjects.size(), objects.size(), graphs);
        });
    }
}
