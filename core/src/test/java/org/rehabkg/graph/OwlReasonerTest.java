package org.rehabkg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.io.OWLOntologyLoaderMetaData;
import org.semanticweb.owlapi.io.RDFTriple;
import org.semanticweb.owlapi.model.OWLClass;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileViolation;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

/**
 * The stated ontology and data (every file, all graphs merged, nothing inferred) as OWL tools see
 * them: the OWL API reads every triple, the result is OWL 2 DL, and HermiT finds it consistent
 * with no unsatisfiable class.
 */
class OwlReasonerTest {
    private static OWLOntology ontology;
    private static OWLOntologyLoaderMetaData loaderMetaData;

    @BeforeAll
    static void loadWithTheOwlApi() throws Exception {
        OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
        ontology = manager.loadOntologyFromOntologyDocument(new ByteArrayInputStream(assertedAsRdfXml()));
        loaderMetaData = manager.getOntologyFormat(ontology).getOntologyLoaderMetaData().orElseThrow();
    }

    /** Every data file parsed as written; graph names are dropped, as OWL tools drop them. */
    private static byte[] assertedAsRdfXml() {
        DataFolder tree = Fixtures.REPOSITORY;
        DatasetGraph files = DatasetGraphFactory.createGeneral();
        for (Path file : ServedDataset.dataFiles(tree))
            RdfFiles.parse(tree, file, StreamRDFLib.dataset(files));
        Graph merged = GraphFactory.createDefaultGraph();
        files.find().forEachRemaining(q -> merged.add(q.asTriple()));
        merged.getPrefixMapping().setNsPrefixes(files.prefixes().getMapping());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, merged, Lang.RDFXML);
        return out.toByteArray();
    }

    @Test
    void everyTripleIsUnderstood() {
        List<String> unparsed = loaderMetaData.getUnparsedTriples().map(RDFTriple::toString).sorted().toList();
        assertEquals(List.of(), unparsed, "triples the OWL API could not turn into axioms");
        Set<String> guessed = loaderMetaData.getGuessedDeclarations().keySet().stream()
                .map(Object::toString).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), guessed, "entities used without a declaration");
    }

    @Test
    void isOwl2Dl() {
        List<String> violations = new OWL2DLProfile().checkOntology(ontology).getViolations().stream()
                .map(OWLProfileViolation::toString).sorted().toList();
        assertEquals(List.of(), violations);
    }

    @Test
    void hermitFindsItConsistentWithNoUnsatisfiableClass() {
        OWLReasoner hermit = new ReasonerFactory().createReasoner(ontology);
        try {
            assertTrue(hermit.isConsistent(), "HermiT: inconsistent");
            Set<String> unsatisfiable = hermit.getUnsatisfiableClasses().getEntitiesMinusBottom().stream()
                    .map(OWLClass::toString).collect(Collectors.toCollection(TreeSet::new));
            assertEquals(Set.of(), unsatisfiable, "unsatisfiable classes");
            assertTrue(ontology.getClassesInSignature().size() > 40, "the TBox was read");
            assertTrue(ontology.getIndividualsInSignature().size() > 100, "the individuals were read");
        } finally {
            hermit.dispose();
        }
    }
}
