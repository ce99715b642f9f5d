package org.rehabkg.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.rdf.model.Model;

/**
 * What keeps the endpoint safe to run in public: read-only unless writes need a login, no federated
 * query and no LOAD, no script functions, bounded requests read whole before they take a request
 * slot, a cap on requests served at once and a share of them per client, answers that may not wait long on their client, writes
 * checked before they are stored, and in write mode the CSRF origin check, well-formed logins
 * and failed logins slowed per client. The Jetty settings are in {@link JettyTuning}.
 */
record SafetyGuards(boolean update, Path passwordFile, Duration timeout, String host, List<String> trustedProxies)
        implements ProfiledModule {
    /** Request bodies (a query, an update, a GSP upload) larger than this are refused with 413. */
    static final long MAX_REQUEST_BYTES = 1024 * 1024;

    @Override
    public void install(FusekiServer.Builder b) {
        b.registerOperation(Operation.Query, new NoServiceQuery())
         .registerOperation(Operation.Update, new LocalOnlyUpdate(timeout))
         .registerOperation(Operation.GSP_RW, new LocalOnlyGsp());
        b.addFilter(RehabServer.DATASET + "/*", new KnownCharset());
        if (update) {
            b.passwordFile(passwordFile.toString()).auth(AuthScheme.BASIC).realm(RehabServer.REALM);
            for (String path : EndpointModule.WRITE_PATHS)
                b.addFilter(path, new CrossOriginWrites());
            b.addFilter(RehabServer.DATASET + "/data", new UploadCheck());
        }
    }

    /** After every module's filters, so that it wraps the response Fuseki itself writes to. */
    @Override
    public void configured(FusekiServer.Builder b, DataAccessPointRegistry registry, Model config) {
        b.addFilter(RehabServer.DATASET + "/*", new MessageLength());
    }

    @Override
    public void server(FusekiServer server) {
        JettyTuning.apply(server.getJettyServer(), host, MAX_REQUEST_BYTES, update, new ClientAddress(trustedProxies));
    }

    @Override
    public List<String> safetyProfile() {
        List<String> lines = new ArrayList<>();
        lines.add(update ? "updates at " + RehabServer.DATASET + "/update and " + RehabServer.DATASET
                           + "/data need a login (" + passwordFile + ")" : "read-only");
        lines.add("SERVICE refused (422)");
        lines.add("queries nested deeper than " + QueryShape.MAX_DEPTH + " levels refused (400)");
        lines.add("no script functions");
        lines.add("request bodies <= " + MAX_REQUEST_BYTES / 1024 + " KiB (413), read whole within "
                  + BodyFirst.BODY_WAIT.toSeconds() + " s before a request slot is taken");
        lines.add("at most 2 requests per core (at least 4) at once, others wait up to "
                  + JettyTuning.MAX_WAIT.toSeconds() + " s, then 503");
        lines.add("at most half of them for one client address, its others wait up to "
                  + JettyTuning.CLIENT_MAX_WAIT.toSeconds() + " s, then 503");
        lines.add(trustedProxies.isEmpty() ? "client address: the connection's (X-Forwarded-For ignored)"
                  : "client address: X-Forwarded-For's last entry from " + String.join(", ", trustedProxies)
                    + ", else the connection's");
        lines.add("an answer its client does not read for " + ResponseWait.WRITE_WAIT.toSeconds() + " s is dropped");
        lines.add("output buffer " + JettyTuning.OUTPUT_BUFFER_BYTES / 1024 + " KiB");
        if (update) {
            lines.add("writes checked whole before they are stored (UTF-8, no external entities, IRIs <= "
                      + UploadRules.MAX_IRI_CHARS / 1024 + " KiB, literals <= " + UploadRules.MAX_LITERAL_CHARS / 1024 + " KiB)");
            lines.add("LOAD refused (422)");
            lines.add("updates stopped after " + EndpointModule.seconds(timeout) + " s");
            lines.add("cross-origin writes refused (403)");
            lines.add("after " + LoginGuard.FREE_FAILURES + " failed logins in a row a client waits before each next one");
        }
        return lines;
    }
}
