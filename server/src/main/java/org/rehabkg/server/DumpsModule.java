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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

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
 * served data by the first request for anything under {@value #PATH} (which waits for them, as do
 * requests that come meanwhile), not at start: writing them costs seconds of CPU that the first
 * queries would otherwise share, and most servers are never asked for them. They go into a temporary
 * folder removed at stop, so they are always the data this server answers from, also with
 * {@code --data DIR} or {@code --tdb}.
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
    /** Held while the files are written, and by the stop that removes them. */
    private final ReentrantLock writing = new ReentrantLock();
    private volatile boolean written;
    private volatile boolean stopped;

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
        b.addFilter(PATH + "*", new HttpFilter() {
            @Override
            protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws IOException, ServletException {
                if (written || writeOnce())
                    chain.doFilter(request, response);
                else
                    response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "the release files could not be written (see the server log); try again later");
            }
        });
        b.addServletAttribute(ATTRIBUTE, Boolean.TRUE);
    }

    /** Writes the files unless another request has; false if they could not be (the next request tries again). */
    private boolean writeOnce() {
        writing.lock();
        try {
            if (written || stopped)
                return written;
            long t0 = System.nanoTime();
            List<String> names = DumpFiles.write(dataset, Set.of(VoidDescription.GRAPH), mappingSets, dir);
            LOG.info("dumps written at {} in {} ms: {}", PATH, (System.nanoTime() - t0) / 1_000_000, names);
            written = true;
            return true;
        } catch (RuntimeException e) {
            LOG.warn("could not write the dumps: {}", e.toString());
            return false;
        } finally {
            writing.unlock();
        }
    }

    /** Waits for files being written (a minute at most), then removes them. */
    @Override
    public void serverStopped(FusekiServer server) {
        boolean locked = false;
        try {
            locked = writing.tryLock(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        stopped = true;
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.warn("could not remove {}: {}", dir, e.toString());
        } finally {
            if (locked)
                writing.unlock();
        }
    }

    @Override
    public List<String> safetyProfile() {
        return List.of("release files at " + PATH + " (N-Quads, Turtle, OWL, SSSOM, SHA256SUMS), written on the first request for them");
    }
}
