package org.rehabkg.server.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.rehabkg.graph.KnowledgeGraph;
import org.rehabkg.graph.SourceTree;
import org.rehabkg.query.QueryCatalog;

/**
 * A real Fuseki server on a free port with the embedded graph at {@code /rehab} and the web pages,
 * as the endpoint core sets it up. The gallery gets the test queries next to this class, so the tests
 * do not depend on which named queries ship.
 */
final class TestSite implements AutoCloseable {
    static final List<String> QUERY_FILES = List.of("professions.rq", "interventions.rq");

    final Dataset dataset;
    final QueryCatalog catalog;
    final FusekiServer server;

    private TestSite(Dataset dataset, QueryCatalog catalog) {
        this.dataset = dataset;
        this.catalog = catalog;
        FusekiServer.Builder builder = FusekiServer.create().port(0).add("/rehab", dataset);
        WebUi.install(builder, dataset, catalog);
        this.server = builder.build().start();
    }

    static TestSite start(Path tempDir) {
        return new TestSite(KnowledgeGraph.embedded().dataset(), testCatalog(tempDir));
    }

    static TestSite start(Dataset dataset, Path tempDir) {
        return new TestSite(dataset, testCatalog(tempDir));
    }

    private static QueryCatalog testCatalog(Path dir) {
        try {
            Files.createDirectories(dir.resolve("ontology"));
            Files.createDirectories(dir.resolve(QueryCatalog.FOLDER));
            for (String name : QUERY_FILES)
                try (InputStream in = TestSite.class.getResourceAsStream("queries/" + name)) {
                    Files.copy(in, dir.resolve(QueryCatalog.FOLDER).resolve(name));
                }
            return QueryCatalog.load(SourceTree.directory(dir));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url(String path) {
        return "http://localhost:" + server.getHttpPort() + path;
    }

    @Override
    public void close() {
        server.stop();
    }
}
