package org.rehabkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rehabkg.server.Http.enc;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rehabkg.graph.ServedDataset;

/** --update with --passwd: writes need a login, reads stay anonymous. */
class UpdateTest {
    static final String INSERT = "INSERT DATA { <urn:rehabkg:test> <urn:rehabkg:marker> \"updated\" }";
    static final String ASK = "ASK { <urn:rehabkg:test> <urn:rehabkg:marker> \"updated\" }";

    @TempDir
    static Path dir;
    static RehabServer server;

    @BeforeAll
    static void start() throws IOException {
        Path passwd = Files.writeString(dir.resolve("passwd"), "editor: s3cret\n");
        server = RehabServer.builder().dataset(ServedDataset.embedded().dataset()).port(0)
                            .update(true).passwordFile(passwd).build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    static boolean asks() {
        HttpResponse<String> r = Http.get(server.url() + "rehab/sparql?format=json&query=" + enc(ASK));
        assertEquals(200, r.statusCode(), r.body());
        return r.body().contains("true");
    }

    @Test
    void anonymousAndWrongPasswordAre401() {
        String update = server.url() + "rehab/update";
        assertEquals(401, Http.post(update, "application/sparql-update", INSERT).statusCode());
        assertEquals(401, Http.post(update, "application/sparql-update", INSERT, "Authorization", Http.basic("editor", "wrong")).statusCode());
        assertEquals(401, Http.post(update, "application/sparql-update", INSERT, "Authorization", Http.basic("nobody", "s3cret")).statusCode());
        String data = server.url() + "rehab/data?graph=" + enc("urn:rehabkg:g");
        assertEquals(401, Http.post(data, "text/turtle", "<urn:a> <urn:b> <urn:c> .").statusCode());
    }

    @Test
    void theRightLoginUpdatesAndTheNextQuerySeesIt() {
        HttpResponse<String> r = Http.post(server.url() + "rehab/update", "application/sparql-update", INSERT,
                                           "Authorization", Http.basic("editor", "s3cret"));
        assertTrue(r.statusCode() == 200 || r.statusCode() == 204, r.statusCode() + " " + r.body());
        assertTrue(asks());

        HttpResponse<String> put = Http.post(server.url() + "rehab/data?graph=" + enc("urn:rehabkg:g"), "text/turtle",
                "<urn:a> <urn:b> <urn:c> .", "Authorization", Http.basic("editor", "s3cret"));
        assertTrue(put.statusCode() / 100 == 2, put.statusCode() + " " + put.body());
        HttpResponse<String> read = Http.get(server.url() + "rehab/get?graph=" + enc("urn:rehabkg:g"), "Accept", "application/n-triples");
        assertEquals("<urn:a> <urn:b> <urn:c> .", read.body().strip());
    }

    /** The comparison page reads the data as it is now, not as it was at start. */
    @Test
    void theComparisonPageFollowsUpdates() {
        String page = server.url() + "compare?a=occupational-therapy&b=physical-therapy";
        assertEquals(200, Http.get(page).statusCode());
        assertTrue(!Http.get(page).body().contains("mirror box practice"));
        String insert = "PREFIX rkg: <https://w3id.org/rehabkg/> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                + "INSERT DATA { GRAPH <urn:rehabkg:evidence> { rkg:occupational-therapy rkg:usesIntervention rkg:mirror-box } "
                + "<urn:rehabkg:evidence> a rkg:EvidenceGraph . rkg:mirror-box a rkg:Intervention ; rdfs:label \"mirror box practice\"@en }";
        HttpResponse<String> r = Http.post(server.url() + "rehab/update", "application/sparql-update", insert,
                                           "Authorization", Http.basic("editor", "s3cret"));
        assertTrue(r.statusCode() / 100 == 2, r.statusCode() + " " + r.body());
        assertTrue(Http.get(page).body().contains("mirror box practice"));
    }

    /** The VoID document, the VoID graph and the Service Description count the data as it is after a write. */
    @Test
    void theDescriptionsFollowUpdates() throws InterruptedException {
        String graph = "urn:rehabkg:added-by-update";
        assertTrue(!Http.get(server.url() + ".well-known/void").body().contains(graph));
        HttpResponse<String> r = Http.post(server.url() + "rehab/update", "application/sparql-update",
                "INSERT DATA { GRAPH <" + graph + "> { <urn:a> <urn:b> <urn:c> } }", "Authorization", Http.basic("editor", "s3cret"));
        assertTrue(r.statusCode() / 100 == 2, r.statusCode() + " " + r.body());
        // The recount runs in the background, so that writes never wait for it: wait for it here.
        String askVoid = "ASK { GRAPH <" + VoidDescription.GRAPH.getURI() + "> { ?subset <http://www.w3.org/ns/sparql-service-description#name> <" + graph + "> } }";
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!Http.get(server.url() + "rehab/sparql?format=json&query=" + enc(askVoid)).body().contains("true")) {
            assertTrue(System.nanoTime() < deadline, "the VoID graph never named the new graph");
            Thread.sleep(50);
        }
        assertTrue(Http.get(server.url() + ".well-known/void").body().contains(graph));
        assertTrue(Http.get(server.url() + "rehab/sparql", "Accept", "text/turtle").body().contains(graph),
                   "the Service Description lists the new graph");
    }

    @Test
    void noCorsOnTheWriteEndpoints() {
        HttpResponse<String> r = Http.post(server.url() + "rehab/update", "application/sparql-update", INSERT,
                                           "Origin", "https://elsewhere.example", "Authorization", Http.basic("editor", "s3cret"));
        assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), r.headers().toString());
    }

    @Test
    void readingNeedsNoLogin() {
        assertEquals(200, Http.get(server.url() + "rehab/sparql?query=" + enc("ASK {}")).statusCode());
    }

    @Test
    void updateWithoutPasswordFileIsRefused() {
        RehabServer.Builder b = RehabServer.builder().update(true);
        ServerConfigException e = assertThrows(ServerConfigException.class, b::check);
        assertEquals("update", e.setting());
        assertTrue(e.getMessage().contains("password file") && !e.getMessage().contains("--"), e.getMessage());
        ServerConfigException open = assertThrows(ServerConfigException.class, RehabServer.builder().update(true).host("0.0.0.0")::check);
        assertTrue(open.getMessage().contains("0.0.0.0"), open.getMessage());
    }
}
