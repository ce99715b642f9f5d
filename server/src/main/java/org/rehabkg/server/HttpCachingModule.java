package org.rehabkg.server;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.rdf.model.Model;
import org.eclipse.jetty.compression.gzip.GzipCompression;
import org.eclipse.jetty.compression.server.CompressionConfig;
import org.eclipse.jetty.compression.server.CompressionHandler;
import org.rehabkg.server.web.RebuildAfterWrite;

/**
 * The web's own caching on every read endpoint ({@link HttpCaching}): ETags of the data version and
 * the representation, 304 on revalidation, {@code Cache-Control: public, max-age=N} on a read-only
 * server ({@code no-store} in write mode, where answers change), and compression of larger answers
 * by Jetty's {@link CompressionHandler} (gzip) for clients that ask for it. So a cache in
 * front (nginx, Varnish, a CDN; docs/deploy.md) can answer repeated GETs without the engine.
 */
final class HttpCachingModule implements ProfiledModule {
    static final Duration DEFAULT_MAX_AGE = Duration.ofMinutes(5);
    /**
     * Answers known to be smaller go out as they are: compressing them saves less than the header
     * costs. Jetty knows the size only of an answer written whole before its first flush; a streamed
     * answer (a SPARQL result) is compressed whatever its size.
     */
    static final int MIN_COMPRESS_BYTES = 1024;
    static final String[] PAGE_PATHS = { "", "/rehabkg/*", "/compare" };

    private final DatasetVersion version;
    private final boolean update;
    private final Duration maxAge;
    private volatile FusekiServer fuseki;

    HttpCachingModule(DatasetVersion version, boolean update, Duration maxAge) {
        this.version = version;
        this.update = update;
        this.maxAge = maxAge;
    }

    @Override
    public String name() {
        return "http-caching";
    }

    private String cacheControl() {
        return update ? HttpCaching.NO_STORE : "public, max-age=" + maxAge.toSeconds();
    }

    @Override
    public void prepare(FusekiServer.Builder b, Set<String> datasetNames, Model configModel) {
        for (String path : EndpointModule.READ_PATHS)
            b.addFilter(path, new HttpCaching(version, cacheControl(), false, this::serverAddress));
        for (String path : PAGE_PATHS)
            b.addFilter(path, new HttpCaching(version, cacheControl(), true, null));
        if (update)
            for (String path : EndpointModule.WRITE_PATHS)
                b.addFilter(path, new RebuildAfterWrite(version::dataChanged));
    }

    /** Port and host of this server: the VoID graph in the dataset names them. */
    private String serverAddress() {
        FusekiServer server = fuseki;
        return server == null ? "" : server.getJettyServer().getURI().getAuthority();
    }

    @Override
    public void server(FusekiServer server) {
        this.fuseki = server;
        CompressionHandler compression = new CompressionHandler();
        // gzip only: zstd (jetty-compression-zstandard) loads a native library, 0.2-0.3 s of every start.
        GzipCompression gzip = new GzipCompression();
        gzip.setMinCompressSize(MIN_COMPRESS_BYTES);
        compression.putCompression(gzip);
        // Responses only: a compressed request body would get past the size check on its wire size.
        compression.putConfiguration("/*", CompressionConfig.builder().defaults().decompressExcludePath("/*")
                // The dumps are files served with byte ranges; the N-Quads dump is gzipped already.
                .compressExcludePath(DumpsModule.PATH + "*").build());
        server.getJettyServer().insertHandler(compression);
    }

    @Override
    public List<String> safetyProfile() {
        return List.of(update ? "GET answers carry an ETag of the data version, new after every accepted write (304 on If-None-Match), and Cache-Control: no-store"
                              : "GET answers carry an ETag of the data version (304 on If-None-Match) and Cache-Control: public, max-age="
                                + maxAge.toSeconds() + " (--cache-max-age)",
                       "answers gzipped for clients that accept it, unless known to be under " + MIN_COMPRESS_BYTES / 1024 + " KiB");
    }
}
