package org.rehabkg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
/** The Verhoeff check behind the SNOMED CT identifier rule, in Java and as the SPARQL function rkgf:verhoeff. */
class SparqlFunctionsTest {

    /** SNOMED CT concept ids (the mapped occupations, and well-known clinical concepts). */
    @ParameterizedTest
    @ValueSource(strings = { "80546007", "36682004", "224587008", "309404006", "22298006", "138875005", "404684003" })
    void validIdentifiersPass(String id) {
        assertTrue(SparqlFunctions.verhoeffValid(id), id);
    }

    /** One digit changed, two neighbours swapped, too short, not digits. */
    @ParameterizedTest
    @ValueSource(strings = { "80546008", "36682005", "224578008", "0", "", "8054600x", "D009788" })
    void invalidIdentifiersFail(String id) {
        assertFalse(SparqlFunctions.verhoeffValid(id), id);
    }

    @Test
    void theSparqlFunctionIsRegistered() {
        SparqlFunctions.register();
        String q = "PREFIX rkgf: <" + SparqlFunctions.NS + "> "
                 + "SELECT ?ok ?bad WHERE { BIND(rkgf:verhoeff(\"80546007\") AS ?ok) BIND(rkgf:verhoeff(\"80546008\") AS ?bad) }";
        try (QueryExecution qe = QueryExecutionFactory.create(q, ModelFactory.createDefaultModel())) {
            var row = qe.execSelect().next();
            assertEquals(true, row.getLiteral("ok").getBoolean());
            assertEquals(false, row.getLiteral("bad").getBoolean());
        }
    }
}
