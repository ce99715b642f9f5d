package org.rehabkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rehabkg.server.Http.enc;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A runaway query is stopped by the server's cap (here 1 s), whatever timeout the client asks for. */
class TimeoutTest {
    /** A triple cross product: billions of rows over the embedded graph. */
    static final String RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    static final Duration CAP = Duration.ofSeconds(1);

    @RegisterExtension
    static final TestServer served = TestServer.readOnly(b -> b.timeout(CAP));

    @BeforeAll
    static void start() {
        // Warm up (class loading, first connection) so the bound below measures the query alone.
        assertEquals(200, Http.get(served.url() + "rehab/sparql?query=" + enc("ASK {}")).statusCode());
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "&timeout=30", "&timeout=3600" })
    void runawayQueryIs503WithinTheCapPlusOneSecond(String clientTimeout) {
        long start = System.nanoTime();
        HttpResponse<String> r = Http.get(served.url() + "rehab/sparql?query=" + enc(RUNAWAY) + clientTimeout);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(r.body().contains("Query timed out"), r.body());
        assertTrue(took.compareTo(CAP.plusSeconds(1)) < 0, "answered after " + took.toMillis() + " ms");
    }
}
