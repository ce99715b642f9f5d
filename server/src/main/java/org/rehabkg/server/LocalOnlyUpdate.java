package org.rehabkg.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.apache.jena.atlas.web.ContentType;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.UpdateData;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.rehabkg.graph.sparql.QueryLimits;

/**
 * Fuseki's update action, refusing what reaches outside the dataset or breaks its rules, before any
 * of the request runs: {@code LOAD} (ARQ fetches any http: or file: IRI it names, so a login would
 * turn into a request forgery or a file read on the server) and SERVICE in an update's WHERE (422);
 * a body that is not UTF-8, does not parse, is nested too deeply, or holds an IRI, prefix or literal
 * over the limits of {@link UploadRules} (400). An update that runs gets the server's time limit,
 * after which it is aborted and nothing of it is kept.
 */
final class LocalOnlyUpdate extends SPARQL_Update {
    private final Duration timeout;

    LocalOnlyUpdate(Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    protected void execute(HttpAction action, InputStream input) {
        byte[] body;
        try {
            body = input.readAllBytes();   // bounded by the server's request size limit
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String contentType = action.getRequest().getContentType();
        String malformed = contentType == null ? null : UploadRules.otherCharset(ContentType.create(contentType));
        if (malformed == null)
            malformed = UploadRules.notUtf8(body);
        if (malformed != null)
            throw new ActionErrorException(400, malformed, null);
        Refused refused = refusal(new String(body, StandardCharsets.UTF_8));
        if (refused != null)
            throw new ActionErrorException(refused.status(), refused.message(), null);
        action.getContext().set(ARQ.updateTimeout, timeout.toMillis());
        action.getContext().set(QueryLimits.UPDATE_QUADS, QueryLimits.MAX_UPDATE_QUADS);
        super.execute(action, new ByteArrayInputStream(body));
    }

    /** Why an update request may not run: the client's malformed input (400) or a forbidden operation (422). */
    record Refused(int status, String message) {
        static Refused malformed(String message) {
            return new Refused(400, message);
        }

        static Refused forbidden(String message) {
            return new Refused(NoServiceQuery.UNPROCESSABLE, message);
        }
    }

    /** Why the update request may not run (it does not parse, or names what is not allowed), or null when it may. */
    static Refused refusal(String update) {
        if (NestingDepth.of(update) > QueryShape.MAX_DEPTH)
            return Refused.malformed("the update is nested too deeply");
        UpdateRequest request;
        try {
            request = UpdateFactory.create(update, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            // Refused here, not left to Fuseki: it parses and runs a request one operation at a time,
            // so a LOAD or SERVICE before the syntax error would run (and fetch) first.
            return Refused.malformed(NoServiceQuery.overflowed(e) ? "the update is nested too deeply" : "Parse error: " + e.getMessage());
        } catch (StackOverflowError e) {
            return Refused.malformed("the update is nested too deeply");
        }
        try {
            return refusal(request);
        } catch (StackOverflowError e) {
            return Refused.malformed("the update is nested too deeply");
        }
    }

    private static Refused refusal(UpdateRequest request) {
        for (String iri : request.getPrefixMapping().getNsPrefixMap().values()) {
            String why = UploadRules.tooLargeIri(iri, "prefix IRI");
            if (why != null)
                return Refused.malformed(why);
        }
        for (Update op : request) {
            if (op instanceof UpdateLoad)
                return Refused.forbidden("LOAD is disabled on this endpoint: upload the data to " + RehabServer.DATASET + "/data instead");
            if (op instanceof UpdateModify modify && NoServiceQuery.hasService(Algebra.compile(modify.getWherePattern())))
                return Refused.forbidden("SERVICE (federated query) is disabled on this endpoint");
            if (op instanceof UpdateData data)
                for (Quad q : data.getQuads())
                    for (Node n : new Node[] { q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject() }) {
                        String why = UploadRules.tooLarge(n);
                        if (why != null)
                            return Refused.malformed(why);
                    }
        }
        return null;
    }
}
