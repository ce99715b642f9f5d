package org.rehabkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ReadWrite;
import org.junit.jupiter.api.Test;
import org.rehabkg.graph.ServedDataset;

class StatsCommandTest {
    @Test
    void countsMatchTheGraph() {
        Cli.Result r = Cli.run("stats");
        assertEquals(0, r.exit(), r.toString());
        Matcher professions = Pattern.compile("(?m)^\\s+(\\d+)  profession$").matcher(r.out());
        assertTrue(professions.find(), r.out());
        Dataset ds = ServedDataset.embedded().dataset();
        ds.begin(ReadWrite.READ);
        try (QueryExecution q = QueryExecution.dataset(ds)
                .query("SELECT (COUNT(DISTINCT ?p) AS ?n) { ?p a <https://w3id.org/rehabkg/Profession> }").build()) {
            assertEquals(q.execSelect().next().getLiteral("n").getLong(), Long.parseLong(professions.group(1)));
        } finally {
            ds.end();
        }
        assertTrue(r.out().contains("statements with provenance: "), r.out());
        // The mappings, if any, are counted per scheme: the counts add up to the graph's mapping statements.
        long mappings;
        ds.begin(ReadWrite.READ);
        try (QueryExecution q = QueryExecution.dataset(ds).query("""
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT (COUNT(*) AS ?n) { ?s ?p ?o FILTER(STRSTARTS(STR(?s), "https://w3id.org/rehabkg/") && isIRI(?o))
                    VALUES ?p { skos:exactMatch skos:closeMatch skos:broadMatch skos:narrowMatch skos:relatedMatch } }""").build()) {
            mappings = q.execSelect().next().getLiteral("n").getLong();
        } finally {
            ds.end();
        }
        String section = r.out().substring(r.out().indexOf("mappings per scheme"));
        long listed = Pattern.compile("(?m)^\\s+(\\d+)  \\S+  \\(").matcher(section).results()
                             .mapToLong(m -> Long.parseLong(m.group(1))).sum();
        assertEquals(mappings, listed, section);
    }
}
