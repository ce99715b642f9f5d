package org.rehabkg.server.web;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.rehabkg.graph.ServedDataset;
import org.rehabkg.graph.MappingSets;
import org.rehabkg.query.QueryCatalog;

/**
 * A real Fuseki server on a free port with the embedded graph at {@code /rehab} and the web pages,
 * set up as the endpoint core does: the packaged named queries fill the gallery.
 */
final class TestSite implements AutoCloseable {
    final Dataset dataset;
    final QueryCatalog catalog;
    final FusekiServer server;

    private TestSite(ServedDataset kg) {
        this.dataset = kg.dataset();
        this.catalog = QueryCatalog.load(kg.dataFolder());
        FusekiServer.Builder builder = FusekiServer.create().port(0).add("/rehab", dataset);
        WebUi.install(builder, dataset, catalog, MappingSets.read(kg.dataFolder()));
        this.server = builder.build().start();
    }

    static TestSite start() {
        return new TestSite(ServedDataset.embedded());
    }

    String url(String path) {
        return "http://localhost:" + server.getHttpPort() + path;
    }

    @Override
    public void close() {
        server.stop();
    }
}
