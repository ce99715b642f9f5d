package org.rehabkg.mappings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.incenp.obofoundry.sssom.model.Constants;
import org.incenp.obofoundry.sssom.model.Mapping;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.rehabkg.graph.RdfFiles;
import org.rehabkg.graph.SourceTree;
import org.rehabkg.graph.SssomMappings;
import org.rehabkg.graph.Vocab;

/**
 * One source of truth: each SSSOM file ({@code <prefix>.sssom.tsv}) and the evidence graph
 * {@code rkgg:mappings-<prefix>} hold exactly the same mappings; a no-code row (object
 * sssom:NoTermFound) is the triple {@code subject rkg:noCodeIn rkg:scheme-<prefix>}.
 */
class MappingSyncTest {

    @TestFactory
    Stream<DynamicTest> sssomAndGraphAgree() {
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
        assertEquals(fromSssom, graphTriples(prefix), "ontology/mappings/" + prefix + ".trig differs from " + file.getFileName());
    }

    private static Set<String> graphTriples(String prefix) {
        DatasetGraph dsg = MappingFiles.graph().dataset().asDatasetGraph();
        Node g = NodeFactory.createURI(Vocab.GRAPH_NS + "mappings-" + prefix);
        Set<String> triples = new TreeSet<>();
        Txn.executeRead(dsg, () -> dsg.getGraph(g).find().forEachRemaining(t ->
                triples.add(t.getSubject().getURI() + " " + t.getPredicate().getURI() + " " + t.getObject().getURI())));
        return triples;
    }

    /**
     * The proof for deleting the hand-kept TriG files: what {@link SssomMappings} generates from the
     * SSSOM files is, quad for quad, what the TriG files hold, and declares the same scheme prefixes.
     */
    @Test
    void generatedQuadsEqualTheTrigFiles() {
        SourceTree tree = SourceTree.directory(MappingFiles.ROOT);
        DatasetGraph generated = DatasetGraphFactory.createGeneral();
        SssomMappings.generate(tree, StreamRDFLib.dataset(generated));
        DatasetGraph trig = DatasetGraphFactory.createGeneral();
        for (Path file : tree.files("ontology/mappings", ".trig"))
            RdfFiles.parse(tree, file, StreamRDFLib.dataset(trig));
        Set<String> fromTrig = new TreeSet<>();
        trig.find().forEachRemaining(q -> fromTrig.add(q.toString()));
        Set<String> fromSssom = new TreeSet<>();
        generated.find().forEachRemaining(q -> fromSssom.add(q.toString()));
        assertEquals(219, fromSssom.size(), "one quad per SSSOM row");
        assertEquals(fromTrig, fromSssom);
        Map<String, String> trigPrefixes = new TreeMap<>(trig.prefixes().getMapping());
        trigPrefixes.keySet().removeAll(Set.of("rkg", "rkgg", "skos"));
        assertEquals(trigPrefixes, new TreeMap<>(generated.prefixes().getMapping()));
    }

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
