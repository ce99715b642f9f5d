package org.rehabkg.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.Dataset;
import org.rehabkg.graph.BadInputException;
import org.rehabkg.graph.DataFolder;
import org.rehabkg.graph.tdb.TdbStore;
import org.rehabkg.server.RehabServer;
import org.rehabkg.server.ServerConfigException;
import org.rehabkg.server.ServerLogging;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code rehabkg serve}: loads and validates the graph once, then serves it over SPARQL until
 * stopped. Flags are spelled as Fuseki's. The data is checked before the port is bound, so invalid
 * data never reaches the network.
 */
@Command(name = "serve")
public final class ServeCommand extends DataVerb {
    @Option(names = "--port", paramLabel = "N", defaultValue = "3030",
            description = "HTTP port; 0 picks a free one (the URL is printed). Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--host", paramLabel = "ADDR",
            description = "Listen on ADDR (e.g. 0.0.0.0). Default: the loopback interface only.")
    String host;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10", converter = Seconds.class,
            description = "Cap on a query's run time; a client's ?timeout= can only lower it. Default: ${DEFAULT-VALUE}.")
    Duration timeout;

    @Option(names = "--tdb", paramLabel = "DIR",
            description = "Keep the graph in a TDB2 database in DIR: loaded on the first start, reused after.")
    Path tdb;

    @Option(names = "--update", description = "Allow SPARQL Update at /rehab/update and GSP writes at /rehab/data (needs --passwd).")
    boolean update;

    @Option(names = "--passwd", paramLabel = "FILE", description = "Users who may write, one 'user: password' per line (Jetty's format).")
    Path passwd;

    @Option(names = "--verbose", description = "Log every request.")
    boolean verbose;

    @Option(names = "--result-cache", paramLabel = "MIB", defaultValue = "32",
            description = "Memory for answers to repeated SPARQL GETs on a read-only server; 0 turns the cache off. Default: ${DEFAULT-VALUE}.")
    long resultCacheMiB;

    @Option(names = "--cache-max-age", paramLabel = "SECONDS", defaultValue = "300",
            description = "How long an HTTP cache may reuse a read-only server's answer without asking again (Cache-Control: max-age); 0: ask every time. Default: ${DEFAULT-VALUE}.")
    long cacheMaxAge;

    @Option(names = "--trusted-proxy", paramLabel = "ADDR", split = ",",
            description = "A reverse proxy (address, A-B range or CIDR block; repeatable) whose X-Forwarded-For names the client, for the per-client limits. Default: none.")
    List<String> trustedProxies = new ArrayList<>();

    @Override
    public Integer call() {
        // Before anything initialises Jena (and with it Fuseki's loggers).
        ServerLogging.configure(verbose);
        long started = System.nanoTime();
        RehabServer.Builder config = RehabServer.builder()
                .port(port).host(host)
                .timeout(timeout)
                .update(update).passwordFile(passwd)
                .resultCache(resultCacheMiB * 1024 * 1024)
                .cacheMaxAge(Duration.ofSeconds(cacheMaxAge))
                .trustedProxies(trustedProxies)
                .verbose(verbose);
        // Settings are checked before the (slow) load: a usage error should not cost a load.
        try {
            config.check();
        } catch (ServerConfigException e) {
            throw new ParameterException(spec.commandLine(), optionOf(e.setting()) + ": " + e.reason()
                    + ("update".equals(e.setting()) ? " (--passwd FILE)" : ""));
        }

        PrintWriter err = err();
        Dataset dataset;
        DataFolder tree = graph.tree();
        if (tdb != null) {
            TdbStore store = openStore(tree, err);
            dataset = store.dataset();
            err.println(store.reused() ? "reusing the TDB2 database in " + tdb : "loaded into the TDB2 database in " + tdb);
            store.staleness().ifPresent(why -> err.println("warning: " + why + " (rehabkg load --tdb NEWDIR, then serve --tdb NEWDIR)"));
        } else {
            dataset = graph.loadValid(err, "serving").dataset();
        }

        RehabServer server;
        try {
            server = config.dataset(dataset).sources(tree).build().start();
        } catch (UncheckedIOException e) {
            throw new UserError(e.getMessage(), e);
        }
        err.printf("started in %d ms%n", (System.nanoTime() - started) / 1_000_000);
        err.flush();
        PrintWriter out = out();
        out.println("rehabkg SPARQL endpoint: " + server.url() + "rehab/sparql");
        out.flush();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "rehabkg-stop"));
        server.join();
        return Main.OK;
    }

    /** The store of {@code --tdb}; a folder the library refuses (in use, half loaded) is named by the flag. */
    private TdbStore openStore(DataFolder tree, PrintWriter err) {
        try {
            return TdbStore.open(tdb, tree, () -> graph.loadValid(err, "serving").dataset());
        } catch (BadInputException e) {
            throw new UserError("serve --tdb " + tdb + ": " + e.getMessage(), e);
        }
    }

    /** The option that sets a {@link RehabServer.Builder} setting (the library names its methods, not our flags). */
    private static String optionOf(String setting) {
        return switch (setting) {
            case "port" -> "--port";
            case "timeout" -> "--timeout";
            case "update" -> "--update";
            case "passwordFile" -> "--passwd";
            case "resultCache" -> "--result-cache";
            case "cacheMaxAge" -> "--cache-max-age";
            case "trustedProxies" -> "--trusted-proxy";
            default -> setting;
        };
    }
}
