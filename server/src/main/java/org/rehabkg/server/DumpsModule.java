package org.rehabkg.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.ee11.servlet.ResourceServlet;
import org.rehabkg.graph.DumpFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The release files at {@value #PATH} ({@link DumpFiles}: N-Quads gzip, Turtle, OWL, the SSSOM sets,
 * SHA256SUMS), served by Jetty's {@link ResourceServlet}: ETag, Last-Modified, byte ranges and a
 * folder listing. Read-only servers only (a write would make them stale). They are written from the
 * served data when the server starts, on a background thread so that the first answer does not wait
 * for them, into a temporary folder removed at stop: so they are always the data this server
 * answers from, also with {@code --data DIR} or {@code --tdb}; each file appears whole once written.
 */
final class DumpsModule implements ProfiledModule {
    static final String PATH = "/dumps/";
    /** Set on the servlet context when the dumps are served, for the pages to link to them. */
    static final String ATTRIBUTE = "org.rehabkg.dumps";
    private static final Logger LOG = LoggerFactory.getLogger(DumpsModule.class);

    private final DatasetGraph dataset;
    private final Map<String, byte[]> mappingSets;
    private final Duration maxAge;
    private final Path dir;
    private Thread writer;

    DumpsModule(DatasetGraph dataset, Map<String, byte[]> mappingSets, Duration maxAge) {
        this.dataset = dataset;
        this.mappingSets = mappingSets;
        this.maxAge = maxAge;
        try {
            this.dir = Files.createTempDirectory("rehabkg-dumps");
            dir.toFile().deleteOnExit();   // a server built but never started
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a folder for the dumps: " + e.getMessage(), e);
        }
    }

    @Override
    public String name() {
        return "dumps";
    }

    @Override
    public void prepare(FusekiServer.Builder b, Set<String> datasetNames, Model configModel) {
        Map<String, String> init = Map.of(
                "baseResource", dir.toUri().toString(),
                "pathInfoOnly", "true",
                "dirAllowed", "true",
                "etags", "true",
                "acceptRanges", "true",
                "cacheControl", "public, max-age=" + maxAge.toSeconds());
        b.addServlet(PATH + "*", new ResourceServlet() {
            @Override
            public String getInitParameter(String name) {
                return init.get(name);
            }
        });
        b.addServletAttribute(ATTRIBUTE, Boolean.TRUE);
    }

    @Override
    public void serverAfterStarting(FusekiServer server) {
        writer = new Thread(() -> {
            long t0 = System.nanoTime();
            try {
                List<String> names = DumpFiles.write(dataset, Set.of(VoidDescription.GRAPH), mappingSets, dir);
                LOG.info("dumps written at {} in {} ms: {}", PATH, (System.nanoTime() - t0) / 1_000_000, names);
            } catch (RuntimeException e) {
                LOG.warn("could not write the dumps: {}", e.toString());
            }
        }, "rehabkg-dumps");
        writer.setDaemon(true);
        writer.start();
    }

    /** Waits for the files being written (a minute at most), then removes them. */
    @Override
    public void serverStopped(FusekiServer server) {
        try {
            if (writer != null)
                writer.join(Duration.ofMinutes(1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.warn("could not remove {}: {}", dir, e.toString());
        }
    }

    @Override
    public List<String> safetyProfile() {
        return List.of("release files at " + PATH + " (N-Quads, Turtle, OWL, SSSOM, SHA256SUMS), written at start");
    }
}
