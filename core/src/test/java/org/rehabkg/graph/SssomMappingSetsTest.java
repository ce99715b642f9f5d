package org.rehabkg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.incenp.obofoundry.sssom.Validator;
import org.incenp.obofoundry.sssom.model.Constants;
import org.incenp.obofoundry.sssom.model.Mapping;
import org.incenp.obofoundry.sssom.model.MappingSet;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
/**
 * Every ontology/mappings/*.sssom.tsv is valid SSSOM as sssom-java reads it, belongs to a code
 * scheme of schemes.ttl, has a complete metadata block, and a justification, source and comment per row.
 */
class SssomMappingSetsTest {
    static final String MANUAL = "https://w3id.org/semapv/vocab/ManualMappingCuration";
    /** rdfs:label (English) of every rehabkg IRI in the embedded graph. */
    static final Map<String, String> LABELS = labels();
    static final String SKOS = "http://www.w3.org/2004/02/skos/core#";

    /** Each set is named after a code scheme of schemes.ttl, whose CURIE prefix is the file's prefix. */
    @Test
    void eachSetHasItsCodeScheme() {
        for (Path file : MappingFiles.sssomFiles()) {
            String prefix = MappingFiles.prefixOf(file);
            assertEquals(prefix, curiePrefixOf(prefix),
                    file.getFileName() + " has no rkg:scheme-" + prefix + " with rkg:curiePrefix \"" + prefix + "\" in schemes.ttl");
        }
    }

    private static String curiePrefixOf(String prefix) {
        Dataset ds = MappingFiles.graph().dataset();
        String q = "SELECT ?p WHERE { <" + Vocab.NS + "scheme-" + prefix + "> <" + Vocab.NS + "curiePrefix> ?p }";
        return Txn.calculateRead(ds, () -> {
            try (QueryExecution exec = QueryExecutionFactory.create(q, ds)) {
                ResultSet rs = exec.execSelect();
                return rs.hasNext() ? rs.next().getLiteral("p").getString() : null;
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> eachSetIsValidSssom() {
        return MappingFiles.sssomFiles().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> check(file)));
    }

    private static void check(Path file) {
        String prefix = MappingFiles.prefixOf(file);
        MappingSet set = MappingFiles.read(file);
        // How many rows each set has is part of the expected answer of stats/mappings-per-scheme.
        assertFalse(set.getMappings().isEmpty(), prefix + " has no mapping rows");

        assertEquals("https://w3id.org/rehabkg/mappings/" + prefix + ".sssom.tsv", set.getMappingSetId());
        assertEquals("https://creativecommons.org/licenses/by/4.0/", set.getLicense());
        assertFalse(set.getCreatorId() == null || set.getCreatorId().isEmpty(), "creator_id");
        assertFalse(set.getCreatorLabel() == null || set.getCreatorLabel().isEmpty(), "creator_label");

        Map<String, String> context = MappingFiles.context();
        set.getCurieMap().forEach((p, ns) -> assertEquals(context.get(p), ns, "curie_map entry '" + p + "' differs from ontology/context.jsonld"));
        assertTrue(set.getCurieMap().containsKey(prefix), "the curie_map declares the set's own prefix " + prefix);

        Validator validator = new Validator();
        List<String> problems = new ArrayList<>();
        for (Mapping m : set.getMappings()) {
            String row = m.getSubjectId() + " " + m.getPredicateId() + " " + m.getObjectId();
            String error = validator.validate(m);
            if (error != null)
                problems.add(row + ": " + error);
            // mapping_date is written once in the set metadata; the reader propagates it to every mapping.
            if (m.getMappingDate() == null)
                problems.add(row + ": no mapping_date");
            if (!MANUAL.equals(m.getMappingJustification()))
                problems.add(row + ": justification is not semapv:ManualMappingCuration");
            if (!m.getPredicateId().startsWith(SKOS))
                problems.add(row + ": predicate is not a SKOS mapping property");
            if (m.getComment() == null || m.getComment().isBlank())
                problems.add(row + ": no comment giving the reason and the public source checked");
            // Codes only: the labels of licensed schemes (SNOMED CT, ICD-11, ICF, CPT) are never copied.
            assertNull(m.getObjectLabel(), row + ": object_label must stay empty");
            // Our own label, for people reading the file; it must be the graph's.
            String label = LABELS.get(m.getSubjectId());
            if (label == null || !label.equals(m.getSubjectLabel()))
                problems.add(row + ": subject_label '" + m.getSubjectLabel() + "' is not the subject's rdfs:label '" + label + "'");
            boolean noCode = Constants.NoTermFound.equals(m.getObjectId());
            if (noCode) {
                if (!m.getPredicateId().equals(SKOS + "exactMatch"))
                    problems.add(row + ": a no-code row uses skos:exactMatch");
            } else {
                if (!m.getObjectId().startsWith(context.get(prefix)))
                    problems.add(row + ": object is not in the " + prefix + " namespace");
                if (m.getSeeAlso() == null || m.getSeeAlso().isEmpty())
                    problems.add(row + ": no see_also pointing at where the code can be checked");
            }
        }
        assertEquals(List.of(), problems);
    }

    private static Map<String, String> labels() {
        Map<String, String> labels = new HashMap<>();
        Dataset dataset = ServedDataset.embedded().dataset();
        Txn.executeRead(dataset, () -> dataset.getDefaultModel().listStatements(null, RDFS.label, (RDFNode) null).forEach(s -> {
            if (s.getObject().isLiteral() && "en".equals(s.getLiteral().getLanguage()))
                labels.put(s.getSubject().getURI(), s.getString());
        }));
        return labels;
    }
}
