package org.rehabkg.server;

import org.apache.jena.fuseki.servlets.GSP_RW;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.riot.system.jsonld.TitaniumJsonLdOptions;
import org.apache.jena.sparql.util.Context;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;

/**
 * Fuseki's Graph Store Protocol (read-write), parsing JSON-LD uploads without fetching anything: by
 * default the JSON-LD parser loads a remote {@code @context} (or {@code @import}) from any http:,
 * https: or file: IRI the document names. Here the document loader refuses every IRI, so such an
 * upload is a 400; inline contexts work as before. The options are set in each request's own
 * context (Jena sets the base IRI on them, so they are not shared between requests).
 */
final class LocalOnlyGsp extends GSP_RW {
    @Override
    protected void doPost(HttpAction action) {
        noRemoteDocuments(action);
        super.doPost(action);
    }

    @Override
    protected void doPut(HttpAction action) {
        noRemoteDocuments(action);
        super.doPut(action);
    }

    private static void noRemoteDocuments(HttpAction action) {
        action.getContext().set(TitaniumJsonLdOptions.JSONLD_OPTIONS, noRemoteDocuments());
    }

    /** A parser context that, like these uploads, fetches no remote JSON-LD document. */
    static Context localOnlyContext() {
        Context cxt = new Context();
        cxt.set(TitaniumJsonLdOptions.JSONLD_OPTIONS, noRemoteDocuments());
        return cxt;
    }

    private static JsonLdOptions noRemoteDocuments() {
        return new JsonLdOptions((uri, loaderOptions) -> {
            throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED,
                    "remote JSON-LD documents are not fetched (" + uri + "): put the @context inline");
        });
    }
}
