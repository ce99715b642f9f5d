package org.rehabkg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.incenp.obofoundry.sssom.model.Constants;
import org.incenp.obofoundry.sssom.model.Mapping;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
/**
 * The mapping triples are generated from the SSSOM files (org.rehabkg.graph.SssomMappings), so an
 * independent reader checks the generator on the shipped data: for every set, what sssom-java
 * reads (expanding CURIEs with the file's own curie_map) is exactly the evidence graph
 * {@code rkgg:mappings-<prefix>} of the loaded graph, a no-code row (object sssom:NoTermFound) being
 * {@code subject rkg:noCodeIn rkg:scheme-<prefix>}. A row the generator dropped, a CURIE it expanded
 * differently, or a mapping written by hand into a TriG file would each make a set differ.
 */
class GeneratedMappingsTest {

    @TestFactory
    Stream<DynamicTest> eachEvidenceGraphHoldsExactlyItsSssomRows() {
        return MappingFiles.sssomFiles().stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> compare(f)));
    }

    private static void compare(Path file) {
        String prefix = MappingFiles.prefixOf(file);
        Set<String> fromSssom = new TreeSet<>();
        for (Mapping m : MappingFiles.read(file).getMappings()) {
            if (Constants.NoTermFound.equals(m.getObjectId()))
                fromSssom.add(m.getSubjectId() + " " + Vocab.NS + "noCodeIn " + Vocab.NS + "scheme-" + prefix);
            else
                fromSssom.add(m.getSubjectId() + " " + m.getPredicateId() + " " + m.getObjectId());
        }
        assertEquals(fromSssom, graphTriples(prefix), "rkgg:mappings-" + prefix + " differs from " + file.getFileName());
    }

    private static Set<String> graphTriples(String prefix) {
        DatasetGraph dsg = MappingFiles.graph().dataset().asDatasetGraph();
        Node g = SssomMappings.graphOf(prefix);
        Set<String> triples = new TreeSet<>();
        Txn.executeRead(dsg, () -> dsg.getGraph(g).find().forEachRemaining(t ->
                triples.add(t.getSubject().getURI() + " " + t.getPredicate().getURI() + " " + t.getObject().getURI())));
        return triples;
    }

    /** No mapping graph without its SSSOM file (e.g. one left behind in a TriG file). */
    @Test
    void everyMappingGraphHasItsSssomFile() {
        Set<String> prefixes = new TreeSet<>(MappingFiles.sssomFiles().stream().map(MappingFiles::prefixOf).toList());
        Set<String> graphs = new TreeSet<>();
        DatasetGraph dsg = MappingFiles.graph().dataset().asDatasetGraph();
        String start = Vocab.GRAPH_NS + "mappings-";
        Txn.executeRead(dsg, () -> dsg.listGraphNodes().forEachRemaining(n -> {
            if (n.isURI() && n.getURI().startsWith(start))
                graphs.add(n.getURI().substring(start.length()));
        }));
        assertEquals(prefixes, graphs);
    }
}
