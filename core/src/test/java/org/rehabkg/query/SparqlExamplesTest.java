package org.rehabkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.rehabkg.graph.DataFolder;

/** The named queries as SIB-style SPARQL examples, generated from the .rq headers. */
class SparqlExamplesTest {
    static final String DOC = "http://localhost:3030/.well-known/sparql-examples";
    static final String ENDPOINT = "http://localhost:3030/rehab/sparql";
    static final String SH = SparqlExamples.SH;

    final QueryCatalog catalog = QueryCatalog.load(DataFolder.directory(Path.of(".")));
    final Model m = SparqlExamples.of(catalog).describe(DOC, ENDPOINT);

    @Test
    void everyNamedQueryIsAnExampleWithItsHeaderTextAndTarget() {
        Resource executable = m.createResource(SH + "SPARQLExecutable");
        assertEquals(catalog.all().size(), m.listSubjectsWithProperty(RDF.type, executable).toList().size());
        for (NamedQuery q : catalog.all()) {
            Resource r = m.createResource(DOC + "#" + q.id());
            assertTrue(r.hasProperty(RDF.type, executable), q.id());
            assertEquals(q.title(), r.getProperty(RDFS.label).getString(), q.id());
            assertEquals(q.description(), r.getProperty(RDFS.comment).getString(), q.id());
            assertEquals("en", r.getProperty(RDFS.comment).getLanguage(), q.id());
            assertEquals(ENDPOINT, r.getPropertyResourceValue(m.createProperty(SparqlExamples.SCHEMA, "target")).getURI());
            // exactly one query text, under the property of its form
            List<Property> forms = List.of(m.createProperty(SH, "select"), m.createProperty(SH, "ask"), m.createProperty(SH, "construct"));
            long texts = forms.stream().filter(r::hasProperty).count();
            assertEquals(1, texts, q.id());
            assertTrue(r.hasProperty(null, q.text()), q.id() + ": the text is the file as written");
        }
    }

    @Test
    void theFormDecidesTheClassAndProperty() {
        Resource select = m.createResource(DOC + "#core-focus");
        assertTrue(select.hasProperty(RDF.type, m.createResource(SH + "SPARQLSelectExecutable")));
        assertTrue(select.hasProperty(m.createProperty(SH, "select")));
        Resource construct = m.createResource(DOC + "#export/source-statements");
        assertTrue(construct.hasProperty(RDF.type, m.createResource(SH + "SPARQLConstructExecutable")));
        assertTrue(construct.hasProperty(m.createProperty(SH, "construct")));
    }

    @Test
    void keywordsAreTheIdsWordsAndTheParameters() {
        NamedQuery q = catalog.get("guidelines/ot-pt-agreement");
        Set<String> keywords = SparqlExamples.keywords(q);
        assertTrue(keywords.containsAll(List.of("guidelines", "ot pt agreement")), keywords.toString());
        for (QueryParam p : q.params())
            assertTrue(keywords.contains(p.name()), keywords.toString());
        Resource r = m.createResource(DOC + "#guidelines/ot-pt-agreement");
        assertEquals(keywords.size(), r.listProperties(m.createProperty(SparqlExamples.SCHEMA, "keywords")).toList().size());
    }
}
