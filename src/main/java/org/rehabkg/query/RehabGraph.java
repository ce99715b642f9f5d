package org.rehabkg.query;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.resultset.SPARQLResult;
import org.apache.jena.tdb2.TDB2Factory;
import org.rehabkg.graph.KnowledgeGraph;
import org.rehabkg.graph.SourceTree;

/**
 * The Java entry point: the rehabkg graph (embedded, a TDB2 folder, or any SPARQL 1.1 endpoint) and
 * its named queries.
 *
 * <pre>{@code
 * try (RehabGraph g = RehabGraph.embedded()) {
 *     SPARQLResult r = g.run("core-focus", Map.of("profession", "occupational-therapy"));
 *     ResultSetFormatter.out(r.getResultSet());
 * }
 * }</pre>
 */
public final class RehabGraph implements AutoCloseable {
    private final RDFLink link;
    private final QueryCatalog catalog;
    private final Dataset dataset;

    private RehabGraph(RDFLink link, QueryCatalog catalog, Dataset dataset) {
        this.link = link;
        this.catalog = catalog;
        this.dataset = dataset;
    }

    /** The graph packaged with rehabkg, loaded and materialised in memory. */
    public static RehabGraph embedded() {
        return of(KnowledgeGraph.embedded());
    }

    public static RehabGraph of(KnowledgeGraph kg) {
        return over(kg.dataset(), QueryCatalog.load(kg.sourceTree()));
    }

    /** Any dataset (for example a TDB2 store), with the packaged named queries. */
    public static RehabGraph over(Dataset dataset, QueryCatalog catalog) {
        return new RehabGraph(RDFLink.connect(dataset.asDatasetGraph()), catalog, dataset);
    }

    /** A TDB2 database folder made by {@code rehabkg load}. */
    public static RehabGraph tdb(Path directory) {
        return over(TDB2Factory.connectDataset(directory.toString()), QueryCatalog.load(SourceTree.embedded()));
    }

    /** A remote SPARQL 1.1 query endpoint (rehabkg serve, Fuseki, any store holding the rehabkg data). */
    public static RehabGraph remote(String endpointUrl) {
        return new RehabGraph(RDFLink.queryConnect(endpointUrl), QueryCatalog.load(SourceTree.embedded()), null);
    }

    public QueryCatalog queries() {
        return catalog;
    }

    /** The local dataset, or null for a remote endpoint. */
    public Dataset dataset() {
        return dataset;
    }

    /** Runs a named query with its parameters bound; no timeout. */
    public SPARQLResult run(String queryId, Map<String, String> params) {
        return run(ParamBinder.bind(catalog.get(queryId), params), null);
    }

    /** Runs a named query with its parameters bound. */
    public SPARQLResult run(NamedQuery query, Map<String, String> params, Duration timeout) {
        return run(ParamBinder.bind(query, params), timeout);
    }

    /** Runs SPARQL text (not a named query). */
    public SPARQLResult run(String sparql, Duration timeout) {
        return run(QueryFactory.create(sparql), timeout);
    }

    /**
     * Runs a query and reads its whole answer, so the result outlives the execution.
     *
     * @param timeout overall limit, or null for none
     */
    public SPARQLResult run(Query query, Duration timeout) {
        QueryExecBuilder builder = link.newQuery().query(query);
        if (timeout != null)
            builder = builder.timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
        try (QueryExec exec = builder.build()) {
            return Answers.read(exec, query);
        }
    }

    @Override
    public void close() {
        link.close();
    }
}
