package org.rehabkg.server;

import java.util.List;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.rdf.model.Model;
import org.rehabkg.query.SparqlExamples;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Serves the named queries as SPARQL examples at {@value #PATH} (SIB's shape, {@link SparqlExamples}),
 * in the RDF format the client accepts, each naming this server's query endpoint as its
 * {@code schema:target}.
 */
final class SparqlExamplesModule implements ProfiledModule {
    static final String PATH = "/.well-known/sparql-examples";

    private final SparqlExamples examples;

    SparqlExamplesModule(SparqlExamples examples) {
        this.examples = examples;
    }

    @Override
    public void install(FusekiServer.Builder b) {
        // Read-only, like the VoID: query editors on other origins may read it.
        ReadCors.serve(b, PATH, RdfResponse.servlet(this::document));
    }

    /** The server as the client reached it, so the IRIs in the document are ones the client can follow. */
    private Model document(HttpServletRequest request) {
        String url = request.getRequestURL().toString();
        String base = url.substring(0, url.length() - request.getRequestURI().length()) + "/";
        return examples.describe(base + PATH.substring(1), base + RehabServer.DATASET.substring(1) + "/sparql");
    }

    /** A read-only document built from the files: nothing to add to the safety profile. */
    @Override
    public List<String> safetyProfile() {
        return List.of();
    }
}
