package org.rehabkg.server;

import java.io.IOException;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /.well-known/void} (VoID section 7.2): the VoID graph as stored in the dataset (at start, and again after writes),
 * so the document and what SPARQL sees in {@link VoidDescription#GRAPH} are the same triples.
 */
final class VoidServlet extends HttpServlet {
    private final transient DatasetGraph dataset;

    VoidServlet(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Model description = Txn.calculateRead(dataset, () -> {
            Model copy = ModelFactory.createDefaultModel();
            copy.getGraph().getPrefixMapping().setNsPrefixes(VoidDescription.PREFIXES);
            dataset.getGraph(VoidDescription.GRAPH).find().forEachRemaining(copy.getGraph()::add);
            return copy;
        });
        RdfResponse.write(request, response, description);
    }
}
