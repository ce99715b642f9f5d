package org.rehabkg.server;

import java.util.List;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.rehabkg.server.web.RebuildAfterWrite;

/**
 * What the endpoint says about itself: the SPARQL Service Description at a query endpoint fetched
 * without a query, and the VoID description, stored in {@link VoidDescription#GRAPH} and served at
 * {@value #VOID_PATH}; both recounted after accepted writes.
 */
final class DescriptionsModule implements ProfiledModule {
    static final String VOID_PATH = "/.well-known/void";

    private final boolean update;
    private final Descriptions descriptions;

    DescriptionsModule(DatasetGraph dataset, boolean update) {
        this.update = update;
        this.descriptions = new Descriptions(dataset, !update);
    }

    @Override
    public void install(FusekiServer.Builder b) {
        // CORS as the other read endpoints: EndpointModule.READ_PATHS.
        b.addServlet(VOID_PATH, RdfResponse.servlet(request -> descriptions.storedVoid()));
        for (String path : EndpointModule.QUERY_PATHS)
            b.addFilter(path, new ServiceDescriptionFilter(descriptions));
        if (update)
            for (String path : EndpointModule.WRITE_PATHS)
                b.addFilter(path, new RebuildAfterWrite(descriptions::dataChanged));
    }

    /** Stores the VoID graph, which names the server at {@code url}; once the port is known. */
    void publish(String url) {
        descriptions.publish(url);
    }

    @Override
    public void serverStopped(FusekiServer server) {
        descriptions.close();
    }

    @Override
    public List<String> safetyProfile() {
        return List.of("Service Description and VoID " + (update ? "recounted after every accepted write" : "counted at start"));
    }
}
