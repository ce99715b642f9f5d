package org.rehabkg.server;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * A CONSTRUCT's result as RDF. SPARQL leaves out a template triple that is no legal RDF (a blank node
 * or a literal as predicate, a literal as subject); ARQ 6.2 keeps it, and then the Turtle and RDF/XML
 * writers fail mid-answer (a 500 "… is not a URI node") while N-Triples writes what no parser reads.
 */
final class RdfOnlyResults {
    private RdfOnlyResults() {}

    static QueryExecResult of(QueryExecResult result) {
        if (result.isGraph() && !result.graph().stream().allMatch(RdfOnlyResults::legal)) {
            Graph rdf = GraphFactory.createDefaultGraph();
            rdf.getPrefixMapping().setNsPrefixes(result.graph().getPrefixMapping());
            result.graph().stream().filter(RdfOnlyResults::legal).forEach(rdf::add);
            return new QueryExecResult(rdf);
        }
        if (result.isDataset() && !result.dataset().stream().allMatch(RdfOnlyResults::legal)) {
            DatasetGraph rdf = DatasetGraphFactory.create();
            rdf.prefixes().putAll(result.dataset().prefixes());
            result.dataset().stream().filter(RdfOnlyResults::legal).forEach(rdf::add);
            return new QueryExecResult(rdf);
        }
        return result;
    }

    static boolean legal(Triple t) {
        return resource(t.getSubject()) && t.getPredicate().isURI();
    }

    static boolean legal(Quad q) {
        return (q.isDefaultGraph() || resource(q.getGraph())) && legal(q.asTriple());
    }

    private static boolean resource(Node n) {
        return n.isURI() || n.isBlank();
    }
}
