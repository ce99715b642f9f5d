package org.rehabkg.graph;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/** The rules of inference.rules, one small graph at a time. */
class InferenceTest {
    private static final Node TYPE = RDF.type.asNode();
    private static final Node DOMAIN = RDFS.domain.asNode();
    private static final Node RANGE = RDFS.range.asNode();

    private static Node rkg(String local) {
        return Vocab.rkg(local);
    }

    @Test
    void typesComeFromDomainAndRange() {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(Triple.create(rkg("treatsCondition"), DOMAIN, rkg("Profession")));
        g.add(Triple.create(rkg("treatsCondition"), RANGE, rkg("Condition")));
        g.add(Triple.create(rkg("pt"), rkg("treatsCondition"), rkg("stroke")));

        Graph added = Inference.entailments(g);
        assertTrue(added.contains(rkg("pt"), TYPE, rkg("Profession")));
        assertTrue(added.contains(rkg("stroke"), TYPE, rkg("Condition")));
        assertFalse(added.contains(rkg("pt"), rkg("treatsCondition"), rkg("stroke")), "asserted triples are not repeated");
    }

    @Test
    void unionDomainsAreNotMaterialised() {
        Graph g = GraphFactory.createDefaultGraph();
        Node union = NodeFactory.createBlankNode();
        g.add(Triple.create(rkg("administeredBy"), DOMAIN, union));
        g.add(Triple.create(rkg("npte"), rkg("administeredBy"), rkg("fsbpt")));

        Graph added = Inference.entailments(g);
        assertFalse(added.contains(rkg("npte"), TYPE, Node.ANY));
    }
}
