package org.rehabkg.graph.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.sys.JenaSystem;
import org.junit.jupiter.api.Test;

/**
 * The update bound counts only the updates whose context asks for it (the server's update endpoint
 * does): with rehabkg on the class path, a library user's own updates are not limited.
 */
class UpdateBoundScopeTest {
    static {
        JenaSystem.init();
    }

    /** 5 × 5 rows, one quad each: 25 quads. */
    static final String CROSS = "INSERT { ?a <urn:p> ?b } WHERE { VALUES ?a { <urn:a1> <urn:a2> <urn:a3> <urn:a4> <urn:a5> } VALUES ?b { 1 2 3 4 5 } }";

    @Test
    void anUpdateWhoseContextSetsTheBoundIsRefusedPastIt() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        assertThrows(UpdateLimitException.class,
                () -> UpdateExec.dataset(dsg).update(CROSS).set(QueryLimits.UPDATE_QUADS, 10L).execute());
        assertEquals(0, dsg.getDefaultGraph().size(), "nothing applied");
    }

    @Test
    void anUpdateWithoutTheBoundRunsWholeEvenPastTheServersBound() {
        // 20 × 20 × 20 × 16 = 128,000 distinct quads: more than the server's QueryLimits.MAX_UPDATE_QUADS.
        String values = "VALUES ?%s { %s }";
        String where = String.format(values, "a", iris("a", 20)) + String.format(values, "b", iris("b", 20))
                + String.format(values, "c", iris("c", 20)) + String.format(values, "d", iris("d", 16))
                + " BIND(IRI(CONCAT(STR(?c), STR(?d))) AS ?o)";
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        UpdateExec.dataset(dsg).update("INSERT { ?a ?b ?o } WHERE { " + where + " }").execute();
        assertEquals(128_000, dsg.getDefaultGraph().size());
        assertTrue(128_000 > QueryLimits.MAX_UPDATE_QUADS);
    }

    private static String iris(String prefix, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++)
            b.append("<urn:").append(prefix).append(i).append("> ");
        return b.toString();
    }
}
