package org.rehabkg.server.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rehabkg.server.Http.enc;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.rehabkg.server.Http;
import org.rehabkg.server.RehabServer;

/**
 * Issue 18 §1, memory: the result cache kept every distinct URL whole, so a client adding a large
 * ignored parameter to each GET grew the heap without bound (+510 MB after 1,200 GETs with 400 KB).
 * The cache is keyed by what changes the answer: such requests share one entry, and the heap stays.
 */
class CacheBoundTest {
    @Test
    void ignoredParametersNeitherAddEntriesNorGrowTheHeap() {
        RehabServer server = RehabServer.builder().dataset(Client.freshGraph()).port(0).build().start();
        try {
            String url = server.url() + "rehab/sparql?query=" + enc("ASK { ?s ?p ?o }");
            for (int i = 0; i < 3; i++)
                Http.get(url, "Accept", "application/sparql-results+json");
            long heap = Client.heapAfterGc();
            String pad = "x".repeat(400 * 1024);
            for (int i = 0; i < 300; i++) {
                HttpResponse<String> r = Http.get(url + "&junk" + i + "=" + i + pad, "Accept", "application/sparql-results+json");
                assertEquals(200, r.statusCode());
                assertFalse(r.headers().firstValue("Fuseki-Request-Id").isPresent(), "answered from the cache");
            }
            long grown = Client.heapAfterGc() - heap;
            assertTrue(grown < 32L * 1024 * 1024, "heap after GC grew by " + grown / 1024 + " KiB");
        } finally {
            server.stop();
        }
    }
}
