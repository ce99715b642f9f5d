package org.rehabkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rehabkg.graph.ServedDataset;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLOntology;

class ExportCommandTest {
    static Graph parse(String text, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(text, lang).parse(g);
        return g;
    }

    @ParameterizedTest
    @CsvSource({ "ttl,TTL", "nt,N-TRIPLES", "jsonld,JSON-LD", "rdfxml,RDF/XML" })
    void everyGraphFormatHoldsTheAssertedTriples(String format, String langName) {
        Cli.Result r = Cli.run("export", "--format", format);
        assertEquals(0, r.exit(), r.err());
        Graph g = parse(r.out(), RDFLanguages.nameToLang(langName));
        assertEquals(ServedDataset.embedded().assertedTriples(), g.size(), "TBox and data, nothing inferred");
    }

    @Test
    void inferredAddsTheEntailments() {
        ServedDataset kg = ServedDataset.embedded();
        Graph g = parse(Cli.run("export", "--format", "nt", "--inferred").out(), Lang.NTRIPLES);
        assertEquals(kg.assertedTriples() + kg.inferredTriples(), g.size());
    }

    @Test
    void trigKeepsTheEvidenceGraphs() {
        Cli.Result r = Cli.run("export", "--format", "trig");
        assertEquals(0, r.exit(), r.err());
        DatasetGraph ds = DatasetGraphFactory.createGeneral();
        RDFParser.fromString(r.out(), Lang.TRIG).parse(ds);
        assertTrue(ds.containsGraph(org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/rehabkg/graph/article-core-focus")));
        assertTrue(!ds.containsGraph(org.rehabkg.graph.Vocab.INFERRED_GRAPH), "no inferred graph without --inferred");
    }

    @Test
    void toAFileThatTheOwlApiOpens(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("rehabkg.ttl");
        Cli.Result r = Cli.run("export", "--format", "ttl", "-o", file.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.out());
        assertTrue(Files.size(file) > 0);
        OWLOntology ontology = OWLManager.createOWLOntologyManager().loadOntologyFromOntologyDocument(new File(file.toString()));
        assertEquals(IRI.create("https://w3id.org/rehabkg/ontology"), ontology.getOntologyID().getOntologyIRI().orElseThrow());
        assertTrue(ontology.getIndividualsInSignature().stream()
                .anyMatch(i -> i.getIRI().toString().equals("https://w3id.org/rehabkg/occupational-therapy")));
    }

    @Test
    void unknownFormatIsAUsageError() {
        assertEquals(2, Cli.run("export", "--format", "owx").exit());
    }
}
