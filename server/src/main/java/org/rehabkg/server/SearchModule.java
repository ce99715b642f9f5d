package org.rehabkg.server;

import java.util.List;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.rehabkg.query.QueryCatalog;
import org.rehabkg.api.RehabGraph;
import org.rehabkg.api.SearchIndex;
import org.rehabkg.api.SearchRequest;
import org.rehabkg.server.web.PerDataVersion;
import org.rehabkg.server.web.RebuildAfterWrite;

/**
 * The search and autocomplete API in the shape of EBI OLS4's ({@link SearchServlet}, docs/search.md):
 * {@value #SEARCH} and {@value #SELECT}, read-only, with CORS as the read endpoints. Its index is
 * rebuilt after an accepted write (write mode only; read-only servers never change their data).
 */
final class SearchModule implements ProfiledModule {
    static final String SEARCH = "/api/search";
    static final String SELECT = "/api/select";

    private final PerDataVersion<SearchIndex> index;

    /**
     * The graph the index reads through is not closed: over a local dataset that would release
     * nothing the dataset does not own, as for the pages.
     */
    SearchModule(Dataset dataset, QueryCatalog catalog) {
        this.index = new PerDataVersion<>(() -> SearchIndex.of(RehabGraph.over(dataset, catalog)));
    }

    @Override
    public void install(FusekiServer.Builder b) {
        for (String write : EndpointModule.WRITE_PATHS)
            b.addFilter(write, new RebuildAfterWrite(index::dataChanged));
        ReadCors.serve(b, SEARCH, new SearchServlet(index, false));
        ReadCors.serve(b, SELECT, new SearchServlet(index, true));
    }

    @Override
    public List<String> safetyProfile() {
        return List.of("search API at " + SEARCH + " and " + SELECT + ": read-only, CORS, at most " + SearchRequest.MAX_ROWS
                       + " rows, q up to " + SearchRequest.MAX_Q + " characters");
    }
}
