package org.rehabkg.server;

import java.time.Duration;
import java.util.List;

import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.CounterName;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.riot.RIOT;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;

/**
 * The SPARQL endpoint itself: the dataset at {@value RehabServer#DATASET} with its query and
 * read endpoints (and, in write mode, the update and read-write GSP endpoints, which
 * {@link SafetyGuards} puts behind a login), the query timeout, the ping, the metrics, CORS on the
 * read endpoints, and the answer formats common clients ask for.
 */
record EndpointModule(DatasetGraph dataset, Duration timeout, boolean update, String host, boolean verbose)
        implements ProfiledModule {
    static final String[] QUERY_PATHS = { RehabServer.DATASET + "/sparql", RehabServer.DATASET + "/query" };
    static final String[] READ_PATHS = { RehabServer.DATASET + "/sparql", RehabServer.DATASET + "/query",
                                         RehabServer.DATASET + "/get", DescriptionsModule.VOID_PATH };
    static final String[] WRITE_PATHS = { RehabServer.DATASET + "/update", RehabServer.DATASET + "/data" };
    /**
     * ORDER BY, DISTINCT and GROUP BY keep at most this many rows in memory per query and spill
     * the rest to temporary files: under a small heap a sort of millions of rows otherwise fills
     * it, and the JVM then spends its time collecting instead of noticing the timeout. Each spill
     * sorts its rows in memory, and a timeout observably does not stop that sort (ARQ's abortable
     * comparator was not reached: a 100,000-row spill ran 0.8 s past a 1 s timeout); the rows
     * between spills come through the cancellable reads, so a small spill bounds the overrun
     * (10,000 rows: the cancel within 0.15 s; measured on RunawayQueryTest's ORDER BY shape).
     */
    static final long SPILL_THRESHOLD = 10_000;

    @Override
    public void install(FusekiServer.Builder b) {
        // Turtle with @prefix, which every Turtle and N3 reader knows; Jena's default SPARQL-style
        // PREFIX is Turtle 1.1 only, and rdflib asking for N3 cannot read it. (Jena-wide setting.)
        RIOT.getContext().set(RIOT.symTurtleDirectiveStyle, "at");
        b.enableCors(false)          // CORS is added below on the read endpoints only
         .enablePing(false)          // DatasetPing replaces Fuseki's: it also asks the dataset
         .enableStats(false)
         .enableCompact(false)
         .enableTasks(false)
         .enableMetrics(true)
         .add(RehabServer.DATASET, dataService())
         .addServlet("/$/ping", new DatasetPing(dataset));
        for (String path : READ_PATHS)
            b.addFilter(path, new ReadCors());
        for (String path : QUERY_PATHS)
            b.addFilter(path, new FormatAliasFilter());
    }

    private DataService dataService() {
        DataService.Builder ds = DataService.newBuilder(dataset)
            .addEndpoint(queryEndpoint("sparql"))
            .addEndpoint(queryEndpoint("query"))
            .addEndpoint(Operation.GSP_R, "get");
        if (update) {
            ds.addEndpoint(Operation.Update, "update", Auth.ANY_USER)
              .addEndpoint(Operation.GSP_RW, "data", Auth.ANY_USER);
        }
        return ds.build();
    }

    /**
     * A query endpoint whose context caps the run time and forbids SERVICE. Fuseki merges the
     * endpoint's context into each request's (HttpAction.setEndpoint), and its query action takes
     * the smaller of this cap and a client's {@code ?timeout=}; the context of the server
     * builder does not reach the requests.
     */
    private Endpoint queryEndpoint(String name) {
        Context cxt = new Context();
        cxt.set(ARQ.queryTimeout, Long.toString(timeout.toMillis()));
        cxt.set(ARQ.httpServiceAllowed, false);
        cxt.set(ARQ.spillToDiskThreshold, SPILL_THRESHOLD);
        Endpoint endpoint = Endpoint.create().operation(Operation.Query).endpointName(name).context(cxt).build();
        // Fuseki counts timeouts and execution errors only on endpoints that carry these
        // counters; with them they show in /$/metrics (fuseki_query_timeouts, ...).
        for (CounterName c : new CounterName[] { CounterName.QueryTimeouts, CounterName.QueryExecErrors, CounterName.QueryIOErrors })
            endpoint.getCounters().add(c);
        return endpoint;
    }

    @Override
    public List<String> safetyProfile() {
        return List.of("listening on " + (host == null ? "loopback only" : host),
                       "query timeout " + seconds(timeout) + " s (a client's ?timeout= can only lower it)",
                       "no admin endpoints",
                       "CORS on read endpoints",
                       "request log " + (verbose ? "on" : "off (--verbose)"));
    }

    static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? Long.toString(d.toSeconds()) : Double.toString(d.toMillis() / 1000.0);
    }
}
