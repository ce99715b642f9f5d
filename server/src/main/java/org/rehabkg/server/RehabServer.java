package org.rehabkg.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.security.PropertyUserStore;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Scanner;
import org.eclipse.jetty.util.component.LifeCycle;
import org.eclipse.jetty.util.thread.Scheduler;
import org.rehabkg.graph.MappingSets;
import org.rehabkg.graph.Snapshot;
import org.rehabkg.graph.DataFolder;
import org.rehabkg.query.QueryCatalog;
import org.rehabkg.query.SparqlExamples;
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
 * Each optional concern is a Fuseki module, installed explicitly (never auto-discovered): the
 * safety guards ({@link SafetyGuards}), HTTP caching and compression ({@link HttpCachingModule}), the endpoint itself ({@link EndpointModule}), the Service
 * Description and VoID ({@link DescriptionsModule}), the result cache ({@link ResultCacheModule},
 * read-only servers only), the web pages ({@link WebUiModule}) and the search API ({@link SearchModule}). Each states its own lines of the
 * safety profile logged at start. URLs, flags and defaults: docs/endpoint.md; why modules:
 * docs/design.md.
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
    private final DescriptionsModule descriptions;
    private final String host;
    private final String profile;
    private String url;

    private RehabServer(FusekiServer fuseki, DescriptionsModule descriptions, String host, String profile) {
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

    /** The safety settings in effect, as logged at start: each installed module's statements. */
    public String safetyProfile() {
        return profile;
    }

    /** Stops answering; the descriptions module then waits for a recount under way. */
    public void stop() {
        // Fuseki starts the password file's user store before Jetty sees it, so Jetty holds it as an
        // unmanaged bean: stopping the server left its reload scanner (every 5 s) running. And Jetty's
        // Scanner.doStop (12.1.11) does not stop the scheduler thread it made. Both are stopped here,
        // the store first (it cancels the scan).
        List<Object> passwordReload = new ArrayList<>();
        for (PropertyUserStore store : fuseki.getJettyServer().getContainedBeans(PropertyUserStore.class)) {
            passwordReload.add(store);
            for (Scanner scanner : store.getBeans(Scanner.class))
                passwordReload.addAll(scanner.getBeans(Scheduler.class));
        }
        fuseki.stop();
        passwordReload.forEach(component -> LifeCycle.stop(component));
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    /** The settings of a {@link RehabServer}; {@link #build()} checks they are safe together. */
    public static final class Builder {
        /** Request bodies (a query, an update, a GSP upload) larger than this are refused with 413. */
        public static final long MAX_REQUEST_BYTES = SafetyGuards.MAX_REQUEST_BYTES;
        /** The result cache's size unless {@link #resultCache} says otherwise. */
        public static final long DEFAULT_RESULT_CACHE_BYTES = 32L * 1024 * 1024;
        /** Requests served at once (2 per core, at least 4); more wait, up to 5 s, for a free slot. */
        public static final int MAX_ACTIVE_REQUESTS = JettyTuning.MAX_ACTIVE_REQUESTS;
        /** Requests one client may have under way at once (half the slots); its others wait for its own. */
        public static final int CLIENT_SHARE = JettyTuning.CLIENT_SHARE;

        private Dataset dataset;
        private DataFolder sources;
        private int port = DEFAULT_PORT;
        private String host;
        private Duration timeout = DEFAULT_TIMEOUT;
        private boolean update;
        private Path passwordFile;
        private boolean verbose;
        private long resultCacheBytes = DEFAULT_RESULT_CACHE_BYTES;
        private Duration cacheMaxAge = HttpCachingModule.DEFAULT_MAX_AGE;
        private List<String> trustedProxies = List.of();

        private Builder() {}

        public Builder dataset(Dataset dataset) {
            this.dataset = Objects.requireNonNull(dataset);
            return this;
        }

        /**
         * Where the web pages take the named queries (the gallery) and the SSSOM mapping sets from:
         * the tree the served graph was loaded from. Default: the packaged one.
         */
        public Builder sources(DataFolder sources) {
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

        /**
         * Memory for answers to repeated SPARQL GETs (docs/benchmarks.md); 0 turns the cache off. A
         * server with {@link #update} has none: its answers change.
         */
        public Builder resultCache(long bytes) {
            this.resultCacheBytes = bytes;
            return this;
        }

        /** How long a cache may reuse a read-only server's answer without asking again ({@code Cache-Control: max-age}). */
        public Builder cacheMaxAge(Duration maxAge) {
            this.cacheMaxAge = Objects.requireNonNull(maxAge);
            return this;
        }

        /**
         * Reverse proxies whose {@code X-Forwarded-For} names the client, for the limits kept per
         * client (a share of the request slots, the pause after failed logins): addresses, ranges
         * or CIDR blocks ({@code 127.0.0.1}, {@code 10.0.0.0/8}). Default none: behind a proxy, every
         * request would then count as the proxy's own.
         */
        public Builder trustedProxies(List<String> addresses) {
            this.trustedProxies = List.copyOf(addresses);
            return this;
        }

        /** @throws ServerConfigException for settings that are unsafe or incomplete together, or no dataset */
        public RehabServer build() {
            check();
            if (dataset == null)
                throw new ServerConfigException("dataset", "no dataset to serve");
            DatasetGraph dsg = dataset.asDatasetGraph();
            DataFolder tree = sources != null ? sources : DataFolder.embedded();

            DescriptionsModule descriptions = new DescriptionsModule(dsg, update);
            List<ProfiledModule> modules = new ArrayList<>();
            modules.add(new SafetyGuards(update, passwordFile, timeout, host, trustedProxies));
            modules.add(new HttpCachingModule(new DatasetVersion(() -> Snapshot.fingerprint(tree), update), update, cacheMaxAge));
            modules.add(new EndpointModule(dsg, timeout, update, host, verbose));
            modules.add(descriptions);
            // Read-only, so the same GET gets the same answer: from memory (docs/benchmarks.md).
            if (!update && resultCacheBytes > 0)
                modules.add(new ResultCacheModule(resultCacheBytes));
            QueryCatalog catalog = QueryCatalog.load(tree);
            Map<String, byte[]> mappingSets = MappingSets.read(tree);
            // The release files are the data served: a server taking writes would make them stale.
            if (!update)
                modules.add(new DumpsModule(dsg, mappingSets, cacheMaxAge));
            modules.add(new SparqlExamplesModule(SparqlExamples.of(catalog)));
            modules.add(new WebUiModule(dataset, catalog, mappingSets));
            modules.add(new SearchModule(dataset, catalog));

            FusekiServer fuseki = FusekiServer.create()
                // These modules only: nothing on the class path can add an admin or UI surface.
                .fusekiModules(FusekiModules.create(new ArrayList<FusekiModule>(modules)))
                .port(port)
                .loopback(host == null)
                .verbose(verbose)
                .build();
            return new RehabServer(fuseki, descriptions, host, profile(modules));
        }

        private static String profile(List<ProfiledModule> modules) {
            List<String> lines = new ArrayList<>();
            for (ProfiledModule m : modules)
                lines.addAll(m.safetyProfile());
            return "safety: " + String.join("; ", lines);
        }

        /**
         * Checks the settings without building, so a caller can refuse them before loading data.
         *
         * @throws ServerConfigException for settings that are unsafe or incomplete together
         */
        public void check() {
            if (port < 0 || port > 65535)
                throw new ServerConfigException("port", port + " is not a port number (0 picks a free one)");
            if (timeout.isNegative() || timeout.isZero())
                throw new ServerConfigException("timeout", "must be more than 0 seconds");
            if (update && passwordFile == null)
                throw new ServerConfigException("update", "writes need a password file: they are never anonymous"
                        + (host == null ? "" : ", least of all on " + host));
            if (passwordFile != null && !update)
                throw new ServerConfigException("passwordFile", "applies to updates only (reading needs no login)");
            if (passwordFile != null && !Files.isReadable(passwordFile))
                throw new ServerConfigException("passwordFile", passwordFile + ": no such readable file");
            if (resultCacheBytes < 0)
                throw new ServerConfigException("resultCache", "must not be negative (0 turns the cache off)");
            if (cacheMaxAge.isNegative())
                throw new ServerConfigException("cacheMaxAge", "must not be negative");
            for (String proxy : trustedProxies)
                if (!ClientAddress.isPattern(proxy))
                    throw new ServerConfigException("trustedProxies", "\"" + proxy
                            + "\" is not an address, a range (A-B) or a CIDR block (A/N)");
            if (Boolean.getBoolean(ARQ.systemPropertyScripting))
                throw new ServerConfigException("-D" + ARQ.systemPropertyScripting + "=true", "rehabkg does not serve with script functions enabled");
        }
    }
}
