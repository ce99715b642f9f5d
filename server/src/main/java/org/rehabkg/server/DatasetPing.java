package org.rehabkg.server;

import java.util.concurrent.TimeUnit;

import org.apache.jena.fuseki.ctl.ActionPing;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /$/ping} that answers only when the dataset answers: Fuseki's own ping says the JVM is up,
 * which a load balancer cannot tell from "the store is usable". An ASK runs first (bounded by a
 * short timeout); Fuseki's ping answer follows on success, 503 otherwise.
 */
final class DatasetPing extends ActionPing {
    private static final long ASK_TIMEOUT_MS = 2_000;

    private final DatasetGraph dataset;

    DatasetPing(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    @Override
    protected void doCommon(HttpServletRequest request, HttpServletResponse response) {
        if (!datasetAnswers()) {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setContentType("text/plain");
            return;
        }
        super.doCommon(request, response);
    }

    private boolean datasetAnswers() {
        try {
            return Txn.calculateRead(dataset, () -> {
                try (QueryExec exec = QueryExec.dataset(dataset).query("ASK { ?s ?p ?o }")
                                               .timeout(ASK_TIMEOUT_MS, TimeUnit.MILLISECONDS).build()) {
                    exec.ask();
                    return true;
                }
            });
        } catch (RuntimeException e) {
            return false;
        }
    }
}
