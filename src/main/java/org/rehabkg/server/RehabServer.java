package org.rehabkg.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.server.CounterName;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.rehabkg.graph.MappingSets;
import org.rehabkg.graph.SourceTree;
import org.rehabkg.query.QueryCatalog;
import org.rehabkg.server.web.WebUi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rehabkg SPARQL endpoint: an embedded Fuseki serving one dataset at {@value #DATASET}, safe by
 * default (read-only, query timeout, no SERVICE, no admin surface, bounded requests). Built like
 * Fuseki's own server:
 *
 * <pre>{@code
 * RehabServer server = RehabServer.builder().dataset(kg.dataset()).port(0).build().start();
 * server.url();   // http://localhost:41234/
 * }</pre>
 *
 * URLs, flags and defaults: docs/endpoint.md.
 */
public final class RehabServer {
    public static final String DATASET = "/rehab";
    public static final int DEFAULT_PORT = 3030;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    public static final String REALM = "rehabkg";
    /** The named graph holding the VoID description, which the server rewrites after every write. */
    public static final Node VOID_GRAPH = VoidDescription.GRAPH;

    private static final Logger LOG = LoggerFactory.getLogger(RehabServer.class);

    private final FusekiServer fuseki;
    private final Descriptions descriptions;
    private final String host;
    private final String profile;
    private String url;

    private RehabServer(FusekiServer fuseki, Descriptions descriptions, String host, String profile) {
        this.fuseki = fuseki;
        this.descriptions = descriptions;
        this.host = host;
        this.profile = profile;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Binds the port, stores the VoID description (which names the server's URL) in the dataset,
     * then starts answering; the safety profile is logged.
     *
     * @throws UncheckedIOException when the port cannot be bound
     */
    public RehabServer start() {
        int port = bind();
        url = "http://" + urlHost() + ":" + port + "/";
        descriptions.publish(url);
        fuseki.start();
        LOG.info(profile);
        return this;
    }

    /** Opens the connectors before Jetty starts, so the actual port is known before the first request. */
    private int bind() {
        int port = -1;
        for (Connector c : fuseki.getJettyServer().getConnectors()) {
            ServerConnector connector = (ServerConnector) c;
            try {
                connector.open();
            } catch (IOException e) {
                String where = (connector.getHost() == null ? "*" : connector.getHost()) + ":" + connector.getPort();
                throw new UncheckedIOException("cannot listen on " + where + ": " + e.getMessage(), e);
            }
            port = connector.getLocalPort();
        }
        return port;
    }

    private String urlHost() {
        if (host == null || host.equals("0.0.0.0") || host.equals("::"))
            return "localhost";
        return host.contains(":") ? "[" + host + "]" : host;
    }

    /** The server's base URL, ending in {@code /}; the dataset is at {@code url() + "rehab"}. */
    public String url() {
        return url;
    }

    public int port() {
        return fuseki.getHttpPort();
    }

    /** The safety settings in effect, as logged at start. */
    public String safetyProfile() {
        return profile;
    }

    public void stop() {
        fuseki.stop();
        descriptions.close();
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    /** The settings of a {@link RehabServer}; {@link #build()} checks they are safe together. */
    public static final class Builder {
        /** Request bodies (a query, an update, a GSP upload) larger than this are refused with 413. */
        public static final long MAX_REQUEST_BYTES = 1024 * 1024;
        /**
         * ORDER BY, DISTINCT and GROUP BY keep at most this many rows in memory per query and spill
         * the rest to temporary files: under a small heap a sort of millions of rows otherwise fills
         * it, and the JVM then spends its time collecting instead of noticing the timeout.
         */
        static final long SPILL_THRESHOLD = 100_000;

        private Dataset dataset;
        private SourceTree sources;
        private int port = DEFAULT_PORT;
        private String host;
        private Duration timeout = DEFAULT_TIMEOUT;
        private boolean update;
        private Path passwordFile;
        private boolean verbose;

        private Builder() {}

        public Builder dataset(Dataset dataset) {
            this.dataset = Objects.requireNonNull(dataset);
            return this;
        }

        /**
         * Where the web pages take the named queries (the gallery) and the SSSOM mapping sets from:
         * the tree the served graph was loaded from. Default: the packaged one.
         */
        public Builder sources(SourceTree sources) {
            this.sources = Objects.requireNonNull(sources);
            return this;
        }

        /** 0 picks a free port ({@link RehabServer#url()} tells which). */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** The address to listen on; null (the default) is the loopback interface only. */
        public Builder host(String host) {
            this.host = host;
            return this;
        }

        /** The server's cap on a query's run time; a client's {@code ?timeout=} can only lower it. */
        public Builder timeout(Duration timeout) {
            this.timeout = Objects.requireNonNull(timeout);
            return this;
        }

        /** Enables SPARQL Update at /rehab/update and GSP read-write at /rehab/data; needs {@link #passwordFile}. */
        public Builder update(boolean update) {
            this.update = update;
            return this;
        }

        /** Users allowed to write, in Jetty's {@code user: password} format (as Fuseki's {@code --passwd}). */
        public Builder passwordFile(Path passwordFile) {
            this.passwordFile = passwordFile;
            return this;
        }

        /**
         * Fuseki's verbose mode (details of every request). Whether the request log is written at
         * all is its logger's level, set by {@link ServerLogging#configure} before Jena starts.
         */
        public Builder verbose(boolean verbose) {
            this.verbose = verbose;
            return this;
        }

        /** @throws ServerConfigException for settings that are unsafe or incomplete together, or no dataset */
        public RehabServer build() {
            check();
            if (dataset == null)
                throw new ServerConfigException("no dataset to serve");
            DatasetGraph dsg = dataset.asDatasetGraph();
            Descriptions descriptions = new Descriptions(dsg);

            FusekiServer.Builder b = FusekiServer.create()
                // No auto-discovered Fuseki modules: nothing on the class path can add an admin or UI surface.
                .fusekiModules(FusekiModules.empty())
                .port(port)
                .loopback(host == null)
                .verbose(verbose)
                .enableCors(false)          // CORS is added below on the read endpoints only
                .enablePing(false)          // DatasetPing replaces Fuseki's: it also asks the dataset
                .enableStats(false)
                .enableCompact(false)
                .enableTasks(false)
                .enableMetrics(true)
                .registerOperation(Operation.Query, new NoServiceQuery())
                .registerOperation(Operation.Update, new LocalOnlyUpdate())
                .registerOperation(Operation.GSP_RW, new LocalOnlyGsp())
                .add(DATASET, dataService(dsg))
                .addServlet("/$/ping", new DatasetPing(dsg))
                .addServlet("/.well-known/void", new VoidServlet(dsg));
            for (String path : READ_PATHS)
                b.addFilter(path, new ReadCors());
            for (String path : QUERY_PATHS) {
                b.addFilter(path, new FormatAliasFilter());
                b.addFilter(path, new ServiceDescriptionFilter(descriptions));
            }
            // Read-only, so the same GET gets the same answer: from memory (docs/benchmarks.md).
            long cacheBytes = Long.getLong("rehabkg.resultCacheMiB", 32) * 1024 * 1024;
            if (!update && cacheBytes > 0)
                for (String path : QUERY_PATHS)
                    b.addFilter(path, new ResultCache(cacheBytes));
            if (update) {
                b.passwordFile(passwordFile.toString()).auth(AuthScheme.BASIC).realm(REALM);
                b.addFilter(DATASET + "/data", new UploadFilter(MAX_REQUEST_BYTES));
                b.addFilter(DATASET + "/update", new UploadFilter(MAX_REQUEST_BYTES));
                // Fresh VoID and Service Description counts after a change.
                b.addFilter(DATASET + "/data", new RecountAfterWrite(descriptions));
                b.addFilter(DATASET + "/update", new RecountAfterWrite(descriptions));
            }

            // ---- The web pages' seam: the one place the HTML side plugs in ------------------------
            // WebUi adds the query page at /, the entity pages at /rehabkg/*, the mapping sets at
            // /rehabkg/mappings/*, the comparison page at /compare and /static/*; the endpoint keeps
            // clear of those paths.
            SourceTree tree = sources != null ? sources : SourceTree.embedded();
            WebUi.install(b, dataset, QueryCatalog.load(tree), MappingSets.read(tree));

            FusekiServer fuseki = b.build();
            JettyTuning.apply(fuseki.getJettyServer(), host, MAX_REQUEST_BYTES);
            return new RehabServer(fuseki, descriptions, host, profile());
        }

        private static final String[] QUERY_PATHS = { DATASET + "/sparql", DATASET + "/query" };
        private static final String[] READ_PATHS = { DATASET + "/sparql", DATASET + "/query", DATASET + "/get", "/.well-known/void" };

        private DataService dataService(DatasetGraph dsg) {
            DataService.Builder ds = DataService.newBuilder(dsg)
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

        /**
         * Checks the settings without building, so a caller can refuse them before loading data.
         *
         * @throws ServerConfigException for settings that are unsafe or incomplete together
         */
        public void check() {
            if (port < 0 || port > 65535)
                throw new ServerConfigException("--port " + port + " is not a port number (0 picks a free one)");
            if (timeout.isNegative() || timeout.isZero())
                throw new ServerConfigException("--timeout must be more than 0 seconds");
            if (update && passwordFile == null)
                throw new ServerConfigException("--update needs --passwd FILE: writes are never anonymous"
                        + (host == null ? "" : ", least of all on " + host));
            if (passwordFile != null && !update)
                throw new ServerConfigException("--passwd applies to --update only (reading needs no login)");
            if (passwordFile != null && !Files.isReadable(passwordFile))
                throw new ServerConfigException("--passwd " + passwordFile + ": no such readable file");
            if (Boolean.getBoolean(ARQ.systemPropertyScripting))
                throw new ServerConfigException("-D" + ARQ.systemPropertyScripting + "=true: rehabkg does not serve with script functions enabled");
        }

        private String profile() {
            String writes = update
                    ? "updates at " + DATASET + "/update and " + DATASET + "/data need a login (" + passwordFile + ")"
                    : "read-only";
            return String.format("safety: %s; listening on %s; query timeout %s s (a client's ?timeout= can only lower it); "
                    + "SERVICE refused (422); no script functions; no admin endpoints; CORS on read endpoints; "
                    + "request bodies <= %d KiB; at most %d requests at once (others wait up to %d s, then 503); "
                    + "output buffer %d KiB; request log %s",
                    writes, host == null ? "loopback only" : host, seconds(timeout), MAX_REQUEST_BYTES / 1024,
                    JettyTuning.MAX_ACTIVE_REQUESTS, JettyTuning.MAX_WAIT.toSeconds(),
                    JettyTuning.OUTPUT_BUFFER_BYTES / 1024, verbose ? "on" : "off (--verbose)");
        }

        private static String seconds(Duration d) {
            return d.toMillis() % 1000 == 0 ? Long.toString(d.toSeconds()) : Double.toString(d.toMillis() / 1000.0);
        }
    }
}
