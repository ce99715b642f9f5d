package org.rehabkg.server;

import java.util.List;
import java.util.Set;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.rehabkg.query.QueryCatalog;
import org.rehabkg.api.SearchRequest;
import org.rehabkg.server.web.RebuildAfterWrite;

/**
 * The search and autocomplete API in the shape of EBI OLS4's ({@link SearchServlet}, docs/search.md):
 * {@value #SEARCH} and {@value #SELECT}, read-only, with CORS as the read endpoints. Its index is
 * rebuilt after an accepted write (write mode only; read-only servers never change their data).
 */
final class SearchModule implements ProfiledModule {
    static final String SEARCH = "/api/search";
    static final String SELECT = "/api/select";

    private final Dataset dataset;
    private final QueryCatalog catalog;

    SearchModule(Dataset dataset, QueryCatalog catalog) {
        this.dataset = dataset;
        this.catalog = catalog;
    }

    @Override
    public String name() {
        return "search";
    }

    @Override
    public void prepare(FusekiServer.Builder b, Set<String> datasetNames, Model configModel) {
        CurrentSearch index = new CurrentSearch(dataset, catalog);
        for (String write : EndpointModule.WRITE_PATHS)
            b.addFilter(write, new RebuildAfterWrite(index::dataChanged));
        b.addServlet(SEARCH, new SearchServlet(index, false))
         .addServlet(SELECT, new SearchServlet(index, true));
        for (String path : new String[] { SEARCH, SELECT })
            b.addFilter(path, new ReadCors());
    }

    @Override
    public List<String> safetyProfile() {
        return List.of("search API at " + SEARCH + " and " + SELECT + ": read-only, CORS, at most " + SearchRequest.MAX_ROWS
                       + " rows, q up to " + SearchRequest.MAX_Q + " characters");
    }
}
