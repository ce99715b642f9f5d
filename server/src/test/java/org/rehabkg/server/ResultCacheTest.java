package org.rehabkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rehabkg.server.Http.enc;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rehabkg.graph.ServedDataset;

/** The result cache of the read-only endpoint, over real HTTP. Fuseki stamps each answer it makes with a request id; a replayed answer has none. */
class ResultCacheTest {
    static final String SELECT = "SELECT ?s ?label WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?label } ORDER BY ?s LIMIT 7";
    static final String JSON = "application/sparql-results+json";

    static RehabServer server;
    static String sparql;

    @BeforeAll
    static void start() {
        server = RehabServer.builder().dataset(ServedDataset.embedded().dataset()).port(0).build().start();
        sparql = server.url() + "rehab/sparql";
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    static boolean fromFuseki(HttpResponse<String> r) {
        return r.headers().firstValue("Fuseki-Request-Id").isPresent();
    }

    @Test
    void theThirdSameRequestIsReplayedByteForByte() {
        String url = sparql + "?query=" + enc(SELECT);
        HttpResponse<String> first = Http.get(url, "Accept", JSON);
        HttpResponse<String> second = Http.get(url, "Accept", JSON);
        HttpResponse<String> third = Http.get(url, "Accept", JSON);
        assertEquals(200, first.statusCode());
        assertTrue(fromFuseki(first) && fromFuseki(second), "answered twice before it is kept");
        assertEquals(200, third.statusCode());
        assertFalse(fromFuseki(third), "the third comes from the cache");
        assertEquals(first.body(), third.body());
        assertEquals(first.headers().firstValue("Content-Type"), third.headers().firstValue("Content-Type"));
        assertEquals(first.headers().firstValue("Cache-Control"), third.headers().firstValue("Cache-Control"));
    }

    @Test
    void theAcceptHeaderIsPartOfTheKey() {
        String url = sparql + "?query=" + enc(SELECT + " # accept");
        for (int i = 0; i < 3; i++) {
            Http.get(url, "Accept", JSON);
            Http.get(url, "Accept", "text/csv");
        }
        HttpResponse<String> json = Http.get(url, "Accept", JSON);
        HttpResponse<String> csv = Http.get(url, "Accept", "text/csv");
        assertFalse(fromFuseki(json) || fromFuseki(csv));
        assertTrue(json.headers().firstValue("Content-Type").orElse("").startsWith(JSON));
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.body().startsWith("s,label"), csv.body());
    }

    @Test
    void errorsAreNeverKept() {
        String url = sparql + "?query=" + enc("SELECT * WHERE { ?s ?p }");
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> r = Http.get(url, "Accept", JSON);
            assertEquals(400, r.statusCode());
        }
    }

    @Test
    void aServerThatTakesUpdatesDoesNotCache(@TempDir Path dir) throws Exception {
        Path passwd = Files.writeString(dir.resolve("passwd"), "admin: secret\n");
        RehabServer rw = RehabServer.builder().dataset(ServedDataset.embedded().dataset()).port(0)
                                    .update(true).passwordFile(passwd).build().start();
        try {
            String url = rw.url() + "rehab/sparql?query=" + enc(SELECT);
            for (int i = 0; i < 3; i++)
                assertTrue(fromFuseki(Http.get(url, "Accept", JSON)));
        } finally {
            rw.stop();
        }
    }
}
