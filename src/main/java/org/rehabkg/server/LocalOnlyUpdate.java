package org.rehabkg.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;

/**
 * Fuseki's update action, refusing the operations that reach outside the dataset: {@code LOAD}
 * (ARQ fetches any http: or file: IRI it names, so a login would turn into a request forgery or a
 * file read on the server) and SERVICE in an update's WHERE. The whole request is refused with 422
 * before any of it runs; requests that do not parse go on to Fuseki, which answers 400 with the
 * parser's message.
 */
final class LocalOnlyUpdate extends SPARQL_Update {
    @Override
    protected void execute(HttpAction action, InputStream input) {
        byte[] body;
        try {
            body = input.readAllBytes();   // bounded by the server's request size limit
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String refusal = refusal(new String(body, StandardCharsets.UTF_8));
        if (refusal != null)
            throw new ActionErrorException(NoServiceQuery.UNPROCESSABLE, refusal, null);
        super.execute(action, new ByteArrayInputStream(body));
    }

    /** Why the update request may not run, or null when it may (or does not parse). */
    static String refusal(String update) {
        UpdateRequest request;
        try {
            request = UpdateFactory.create(update, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            return null;
        }
        for (Update op : request) {
            if (op instanceof UpdateLoad)
                return "LOAD is disabled on this endpoint: upload the data to " + RehabServer.DATASET + "/data instead";
            if (op instanceof UpdateModify modify && NoServiceQuery.hasService(Algebra.compile(modify.getWherePattern())))
                return "SERVICE (federated query) is disabled on this endpoint";
        }
        return null;
    }
}
