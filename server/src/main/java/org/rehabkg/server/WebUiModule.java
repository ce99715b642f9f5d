package org.rehabkg.server;

import java.util.List;
import java.util.Map;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.rehabkg.query.QueryCatalog;
import org.rehabkg.server.web.WebUi;

/**
 * The pages for people ({@link WebUi}): the query page at /, the entity pages at /rehabkg/*, the
 * mapping sets at /rehabkg/mappings/*, the comparison page at /compare and /static/*; the endpoint
 * keeps clear of those paths. Every page is sent with headers that keep a browser from sniffing
 * its type or framing it in another site ({@link PageHeaders}).
 */
record WebUiModule(Dataset dataset, QueryCatalog catalog, Map<String, byte[]> mappingSets) implements ProfiledModule {
    static final String[] PAGE_PATHS = { "", "/static/*", "/rehabkg/*", "/compare" };

    @Override
    public void install(FusekiServer.Builder b) {
        WebUi.install(b, dataset, catalog, mappingSets);
        for (String path : PAGE_PATHS)
            b.addFilter(path, new PageHeaders());
    }

    @Override
    public List<String> safetyProfile() {
        return List.of("pages sent with nosniff, a Content-Security-Policy and no framing");
    }
}
