package org.rehabkg.api;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Collection;

import org.eclipse.rdf4j.query.parser.ParsedQuery;
import org.eclipse.rdf4j.query.parser.sparql.SPARQLParser;
import org.junit.jupiter.api.Test;
import org.rehabkg.graph.DataFolder;

import org.rehabkg.query.NamedQuery;
import org.rehabkg.query.QueryCatalog;
/**
 * The named queries are portable SPARQL 1.1: besides Jena (which runs them), a second, independent
 * parser, RDF4J's, reads every one of them as written. rkg: functions are the only extension, and
 * a SPARQL 1.1 parser takes any IRI as a function name.
 */
class NamedQueriesPortabilityTest {
    @Test
    void rdf4jParsesEveryNamedQuery() {
        Collection<NamedQuery> all = QueryCatalog.load(DataFolder.directory(Path.of("."))).all();
        assertTrue(all.size() > 40, "the catalog was read: " + all.size());
        SPARQLParser rdf4j = new SPARQLParser();
        StringBuilder failures = new StringBuilder();
        for (NamedQuery q : all) {
            try {
                ParsedQuery parsed = rdf4j.parseQuery(q.text(), "https://w3id.org/rehabkg/");
                assertTrue(parsed.getTupleExpr() != null, q.id());
            } catch (RuntimeException e) {
                failures.append(q.id()).append(": ").append(e.getMessage()).append('\n');
            }
        }
        assertTrue(failures.isEmpty(), "RDF4J cannot parse:\n" + failures);
    }
}
