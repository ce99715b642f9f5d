package org.rehabkg.server;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.rehabkg.query.QueryCatalog;
import org.rehabkg.server.web.WebUi;

/**
 * The pages for people ({@link WebUi}): the query page at /, the entity pages at /rehabkg/*, the
 * mapping sets at /rehabkg/mappings/*, the comparison page at /compare and /static/*; the endpoint
 * keeps clear of those paths. Every page is sent with headers that keep a browser from sniffing
 * its type or framing it in another site ({@link PageHeaders}).
 */
final class WebUiModule implements ProfiledModule {
    static final String[] PAGE_PATHS = { "", "/static/*", "/rehabkg/*", "/compare" };

    private final Dataset dataset;
    private final QueryCatalog catalog;
    private final Map<String, byte[]> mappingSets;

    WebUiModule(Dataset dataset, QueryCatalog catalog, Map<String, byte[]> mappingSets) {
        this.dataset = dataset;
        this.catalog = catalog;
        this.mappingSets = mappingSets;
    }

    @Override
    public String name() {
        return "web-ui";
    }

    @Override
    public void prepare(FusekiServer.Builder b, Set<String> datasetNames, Model configModel) {
        WebUi.install(b, dataset, catalog, mappingSets);
        for (String path : PAGE_PATHS)
            b.addFilter(path, new PageHeaders());
    }

    @Override
    public List<String> safetyProfile() {
        return List.of("pages sent with nosniff, a Content-Security-Policy and no framing");
    }
}
