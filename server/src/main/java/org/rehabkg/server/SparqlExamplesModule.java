package org.rehabkg.server;

import java.util.List;
import java.util.Set;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.rdf.model.Model;
import org.rehabkg.query.SparqlExamples;

/** Serves the named queries as SPARQL examples at {@value #PATH} ({@link SparqlExamplesServlet}). */
final class SparqlExamplesModule implements ProfiledModule {
    static final String PATH = "/.well-known/sparql-examples";

    private final SparqlExamples examples;

    SparqlExamplesModule(SparqlExamples examples) {
        this.examples = examples;
    }

    @Override
    public String name() {
        return "sparql-examples";
    }

    @Override
    public void prepare(FusekiServer.Builder b, Set<String> datasetNames, Model configModel) {
        b.addServlet(PATH, new SparqlExamplesServlet(examples));
        // Read-only, like the VoID: query editors on other origins may read it.
        b.addFilter(PATH, new ReadCors());
    }

    /** A read-only document built from the files: nothing to add to the safety profile. */
    @Override
    public List<String> safetyProfile() {
        return List.of();
    }
}
