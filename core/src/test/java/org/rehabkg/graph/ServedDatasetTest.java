package org.rehabkg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Loading the shipped data: syntax errors located, entailments materialised and kept apart. */
class ServedDatasetTest {
    private static final String PREFIXES = """
        PREFIX rkg:  <https://w3id.org/rehabkg/>
        PREFIX rkgg: <https://w3id.org/rehabkg/graph/>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        """;

    private static ServedDataset kg;

    @BeforeAll
    static void load() {
        kg = ServedDataset.load(Fixtures.REPOSITORY);
    }

    private static boolean ask(String query) {
        return Txn.calculateRead(kg.dataset(), () -> {
            try (var exec = QueryExecutionFactory.create(PREFIXES + query, kg.dataset())) {
                return exec.execAsk();
            }
        });
    }

    @Test
    void turtleErrorNamesFileLineAndColumn() {
        LoadException e = assertThrows(LoadException.class,
                () -> ServedDataset.load(DataFolder.directory(Fixtures.ROOT.resolve("syntax-turtle"))));
        // line 10 lacks its ';', so the parser stops at "skos:definition", line 11, column 5
        assertEquals("ontology/data.ttl", e.file());
        assertEquals(11, e.line());
        assertEquals(5, e.column());
        assertTrue(e.getMessage().startsWith("ontology/data.ttl:11:5: "), e.getMessage());
    }

    @Test
    void trigErrorNamesFileLineAndColumn() {
        LoadException e = assertThrows(LoadException.class,
                () -> ServedDataset.load(DataFolder.directory(Fixtures.ROOT.resolve("syntax-trig"))));
        // the graph block opened on line 9 is never closed: the file ends (line 11, column 1) instead
        assertTrue(e.getMessage().startsWith("ontology/data.trig:11:1: "), e.getMessage());
    }

    @Test
    void subClassTypingIsInferredNotAsserted() {
        // stroke is stated only as a rkg:NeurologicalCondition, yet a plain query for conditions finds it
        List<String> conditions = Txn.calculateRead(kg.dataset(), () -> {
            try (var exec = QueryExecutionFactory.create(PREFIXES + "SELECT ?c { ?c a rkg:Condition }", kg.dataset())) {
                List<String> iris = new ArrayList<>();
                exec.execSelect().forEachRemaining(row -> iris.add(row.getResource("c").getURI()));
                return iris;
            }
        });
        assertTrue(conditions.contains(Vocab.NS + "stroke"), conditions.toString());
        assertFalse(ask("ASK { GRAPH ?g { rkg:stroke a rkg:Condition } FILTER (?g != rkgg:inferred) }"));
        assertTrue(ask("ASK { GRAPH rkgg:inferred { rkg:stroke a rkg:Condition } }"));
    }

    @Test
    void inversesAreInferredIntoTheInferredGraphOnly() {
        assertTrue(ask("ASK { rkg:stroke rkg:conditionTreatedBy rkg:physical-therapy }"));
        assertTrue(ask("ASK { GRAPH rkgg:inferred { rkg:stroke rkg:conditionTreatedBy rkg:physical-therapy } }"));
        assertFalse(ask("ASK { GRAPH ?g { ?s rkg:conditionTreatedBy ?o } ?g a rkg:EvidenceGraph }"));
        // and the forward statement is in its evidence graph, not in the inferred one
        assertTrue(ask("ASK { GRAPH rkgg:article-patient-populations-may { rkg:physical-therapy rkg:treatsCondition rkg:stroke } }"));
        assertFalse(ask("ASK { GRAPH rkgg:inferred { rkg:physical-therapy rkg:treatsCondition rkg:stroke } }"));
    }

    @Test
    void superPropertiesAreInferred() {
        assertTrue(ask("ASK { rkg:occupational-therapy rkg:relation rkg:adaptive-equipment }"));
        assertFalse(ask("ASK { GRAPH ?g { ?s rkg:relation ?o } FILTER (?g != rkgg:inferred) }"));
    }

    @Test
    void inferredGraphSharesNoTripleWithTheEvidenceGraphs() {
        assertFalse(ask("ASK { GRAPH rkgg:inferred { ?s ?p ?o } GRAPH ?g { ?s ?p ?o } FILTER (?g != rkgg:inferred) }"));
        assertTrue(kg.inferredTriples() > 0);
        long defaultSize = Txn.calculateRead(kg.dataset(), () -> kg.dataset().getDefaultModel().size());
        assertEquals(kg.assertedTriples() + kg.inferredTriples(), defaultSize);
    }
}
