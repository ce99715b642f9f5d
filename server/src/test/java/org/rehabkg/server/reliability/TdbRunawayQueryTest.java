package org.rehabkg.server.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.rehabkg.server.Http.enc;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rehabkg.server.Http;
import org.rehabkg.server.TestServer;

/**
 * {@link RunawayQueryTest}'s shapes against a server on TDB2 in write mode, as
 * {@code serve --tdb DIR --update --passwd FILE} runs it: TDB2 runs queries with its own engine,
 * so the cancel flag must reach its reads too (a path closure computed whole per start node would
 * otherwise run past the cap).
 */
class TdbRunawayQueryTest {
    @RegisterExtension
    static final TestServer served = TestServer.writableTdb(b -> b.timeout(RunawayQueryTest.CAP));

    @BeforeAll
    static void warmUp() {
        assertEquals(200, Http.get(served.url() + "rehab/sparql?query=" + enc("ASK {}")).statusCode());
    }

    @ParameterizedTest
    @MethodSource("org.rehabkg.server.reliability.RunawayQueryTest#shapes")
    void cancelledWithinTheCapThenIdleAndCounted(String shape) throws InterruptedException {
        RunawayQueryTest.cancelledWithinTheCapThenIdleAndCounted(served.server(), shape);
    }
}
