package org.rehabkg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.formats.RDFXMLDocumentFormat;
import org.semanticweb.owlapi.io.StreamDocumentSource;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

/**
 * The ontology with every data and mapping file (graph names dropped, as OWL tools see them) stays
 * in OWL 2 DL and HermiT finds it consistent: the SKOS mapping properties are object properties,
 * external codes and schema.org types are (punned) individuals, and the class alignments are
 * subclass axioms only where honest.
 */
class OntologyDlWithMappingsTest {

    @Test
    void isOwl2DlAndConsistent() throws Exception {
        DataFolder tree = DataFolder.directory(MappingFiles.ROOT);
        Graph all = GraphFactory.createDefaultGraph();
        var dsg = org.apache.jena.sparql.core.DatasetGraphFactory.createGeneral();
        for (var file : ServedDataset.dataFiles(tree))
            RdfFiles.parse(tree, file, StreamRDFLib.dataset(dsg));
        dsg.find().forEachRemaining(q -> all.add(q.asTriple()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, all, Lang.RDFXML);

        OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
        // RDF/XML through the OWL API's own parser: the rio parsers need javax.xml.bind for blank nodes,
        // which Java 11+ no longer ships.
        OWLOntology ontology = manager.loadOntologyFromOntologyDocument(new StreamDocumentSource(
                new ByteArrayInputStream(out.toByteArray()), IRI.create("https://w3id.org/rehabkg/ontology"),
                new RDFXMLDocumentFormat(), null));
        assertTrue(ontology.getAxiomCount() > 1000, "only " + ontology.getAxiomCount() + " axioms were read");
        assertTrue(ontology.containsObjectPropertyInSignature(IRI.create("http://www.w3.org/2004/02/skos/core#closeMatch")));
        List<String> violations = new OWL2DLProfile().checkOntology(ontology).getViolations().stream()
                .map(Object::toString).toList();
        assertEquals(List.of(), violations, "OWL 2 DL profile violations");

        OWLReasoner reasoner = new ReasonerFactory().createReasoner(ontology);
        try {
            assertTrue(reasoner.isConsistent(), "HermiT finds the ontology with its data and mappings inconsistent");
        } finally {
            reasoner.dispose();
        }
    }
}
