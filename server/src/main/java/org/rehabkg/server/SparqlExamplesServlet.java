package org.rehabkg.server;

import java.io.IOException;

import org.rehabkg.query.SparqlExamples;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@value SparqlExamplesModule#PATH}: the named queries as SPARQL examples (SIB's shape,
 * {@link SparqlExamples}), in the RDF format the client accepts, each naming this server's query
 * endpoint as its {@code schema:target}.
 */
final class SparqlExamplesServlet extends HttpServlet {
    private final transient SparqlExamples examples;

    SparqlExamplesServlet(SparqlExamples examples) {
        this.examples = examples;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // The server as the client reached it, so the IRIs in the document are ones the client can follow.
        String url = request.getRequestURL().toString();
        String base = url.substring(0, url.length() - request.getRequestURI().length()) + "/";
        RdfResponse.write(request, response,
                examples.describe(base + SparqlExamplesModule.PATH.substring(1), base + RehabServer.DATASET.substring(1) + "/sparql"));
    }
}
