package org.rehabkg.server.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rehabkg.server.Http.enc;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rehabkg.server.Http;
import org.rehabkg.server.TestServer;

/**
 * Issue item 7: nothing a client sends makes the server open a connection or read a file on its
 * behalf. Each probe points at a {@link Listener} on 127.0.0.1, which must see zero connections.
 */
class SsrfTest {
    @RegisterExtension
    static final TestServer served = TestServer.writable();
    Listener listener;

    @BeforeEach
    void listen() {
        listener = new Listener();
    }

    @AfterEach
    void close() {
        listener.close();
    }

    /** Fills in the listener's URL for {@code TARGET}. */
    String at(String template) {
        return template.replace("TARGET", listener.url("/"));
    }

    void assertNoConnectionAndHealthy() throws InterruptedException {
        Thread.sleep(200);   // a late, asynchronous fetch would still show up
        assertEquals(0, listener.connections(), "connections made to the listener");
        assertEquals(200, Client.ping(served.server()));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT * WHERE { SERVICE <TARGET> { ?s ?p ?o } }",
        "SELECT * WHERE { SERVICE SILENT <TARGET> { ?s ?p ?o } }",
        "SELECT * WHERE { BIND(<TARGET> AS ?u) SERVICE ?u { ?s ?p ?o } }",
        "ASK { FILTER NOT EXISTS { SERVICE <TARGET> { ?s ?p ?o } } }",
        "SELECT * WHERE { OPTIONAL { SERVICE <TARGET> { ?s ?p ?o } } }" })
    void serviceInAQueryIsRefused(String q) throws InterruptedException {
        HttpResponse<String> r = Http.get(served.url() + "rehab/sparql?query=" + enc(at(q)));
        assertEquals(422, r.statusCode(), r.body());
        assertNoConnectionAndHealthy();
    }

    @Test
    void fromAndFromNamedReadTheDatasetNotTheWeb() throws InterruptedException {
        String q = at("SELECT * FROM <TARGET> FROM NAMED <TARGET> WHERE { ?s ?p ?o }");
        HttpResponse<String> r = Http.get(served.url() + "rehab/sparql?query=" + enc(q));
        assertEquals(200, r.statusCode(), r.body());
        assertNoConnectionAndHealthy();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "LOAD <TARGET>",
        "LOAD SILENT <TARGET>",
        "LOAD <TARGET> INTO GRAPH <urn:rehabkg:loaded>",
        "INSERT { ?s ?p ?o } WHERE { SERVICE <TARGET> { ?s ?p ?o } }",
        "INSERT { ?s ?p ?o } WHERE { SERVICE SILENT <TARGET> { ?s ?p ?o } }",
        "DELETE { ?s ?p ?o } WHERE { ?s ?p ?o FILTER EXISTS { SERVICE <TARGET> { ?s ?p ?o } } }",
        "INSERT DATA { <urn:a> <urn:b> <urn:c> } ; LOAD <TARGET>" })
    void loadAndServiceInAnUpdateAreRefusedEvenWithALogin(String u) throws InterruptedException {
        assertUpdateRefusedWhole(u, 422);
    }

    /**
     * Found by the fuzz run: Fuseki parses and runs an update request one operation at a time, so a
     * LOAD or SERVICE followed by a syntax error ran (and fetched) before the error; the check, which
     * parses the whole request, let unparsable requests through for Fuseki to report.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "LOAD <TARGET> ; INSERT DATA { <urn:x> <urn:p> ",
        "INSERT { ?s ?p ?o } WHERE { SERVICE <TARGET> { ?s ?p ?o } } ; (" })
    void anUpdateThatDoesNotParseRunsNothing(String u) throws InterruptedException {
        assertUpdateRefusedWhole(u, 400);
    }

    /** The update {@code u}, sent with a login, is answered {@code status}, changes nothing and fetches nothing. */
    private void assertUpdateRefusedWhole(String u, int status) throws InterruptedException {
        long before = Client.quads(served.dataset());
        HttpResponse<String> r = Client.post(served.url() + "rehab/update", "application/sparql-update", at(u),
                                             "Authorization", Client.login());
        assertEquals(status, r.statusCode(), r.body());
        assertEquals(before, Client.quads(served.dataset()), "the dataset is unchanged, the whole request refused");
        assertNoConnectionAndHealthy();
    }

    @ParameterizedTest
    @ValueSource(strings = { "LOAD <file:///etc/passwd>", "LOAD SILENT <file:///etc/passwd> INTO GRAPH <urn:g>",
                             "LOAD <file:///etc/hostname>", "LOAD <passwd>" })
    void loadOfAFileIsRefused(String u) {
        long before = Client.quads(served.dataset());
        HttpResponse<String> r = Client.post(served.url() + "rehab/update", "application/sparql-update", u,
                                             "Authorization", Client.login());
        assertEquals(422, r.statusCode(), r.body());
        assertFalse(r.body().contains("root:"), r.body());
        assertEquals(before, Client.quads(served.dataset()));
    }

    @Test
    void jsonLdUploadWithARemoteContextFetchesNothing() throws InterruptedException {
        long before = Client.quads(served.dataset());
        String doc = at("{ \"@context\": \"TARGETcontext.jsonld\", \"@id\": \"urn:rehabkg:x\", \"name\": \"x\" }");
        HttpResponse<String> r = Client.post(served.url() + "rehab/data?graph=" + enc("urn:rehabkg:jsonld"),
                                             "application/ld+json", doc, "Authorization", Client.login());
        assertEquals(400, r.statusCode(), r.body());
        assertEquals(before, Client.quads(served.dataset()));
        assertNoConnectionAndHealthy();
    }

    @Test
    void jsonLdUploadWithAnInlineContextStillWorks() {
        String doc = "{ \"@context\": { \"name\": \"http://schema.org/name\" }, \"@id\": \"urn:rehabkg:inline\", \"name\": \"x\" }";
        HttpResponse<String> r = Client.post(served.url() + "rehab/data?graph=" + enc("urn:rehabkg:inline"),
                                             "application/ld+json", doc, "Authorization", Client.login());
        assertTrue(r.statusCode() / 100 == 2, r.statusCode() + " " + r.body());
        HttpResponse<String> read = Http.get(served.url() + "rehab/get?graph=" + enc("urn:rehabkg:inline"), "Accept", "application/n-triples");
        assertEquals("<urn:rehabkg:inline> <http://schema.org/name> \"x\" .", read.body().strip());
    }
}
