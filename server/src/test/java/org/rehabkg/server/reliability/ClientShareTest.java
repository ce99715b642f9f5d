package org.rehabkg.server.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rehabkg.server.Http.enc;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rehabkg.server.Http;
import org.rehabkg.server.RehabServer;

/**
 * Issue 18's probe loop: one client sending slow queries as fast as it can must not make everyone
 * else wait for a request slot. A client has at most {@link RehabServer.Builder#CLIENT_SHARE} requests
 * under way; its others wait for its own (and are answered, not refused); a request from another
 * address finds a free slot at once. Two loopback addresses (127.0.0.1 and 127.0.0.2) are two clients.
 */
class ClientShareTest {
    /** Each of the busy client's queries holds its slot this long: it runs until its timeout (503). */
    static final int HOLD_MS = 2000;
    static final String SLOW = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    static final String NORMAL = "ASK { ?s ?p ?o }";

    RehabServer server;

    @AfterEach
    void stop() {
        server.stop();
    }

    void start(List<String> trustedProxies) {
        server = RehabServer.builder().dataset(Client.freshGraph()).port(0).resultCache(0)
                .trustedProxies(trustedProxies).build().start();
    }

    static HttpClient from(String address) throws UnknownHostException {
        return HttpClient.newBuilder().localAddress(InetAddress.getByName(address)).build();
    }

    HttpRequest query(String query, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url() + "rehab/sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("timeout=" + HOLD_MS / 1000 + "&query=" + enc(query)));
        if (headers.length > 0)
            b.headers(headers);
        return b.build();
    }

    /** As many slow queries as there are slots, at once, from one client; the i-th with {@code headers(i)}. */
    List<CompletableFuture<HttpResponse<String>>> fillTheSlots(HttpClient client, java.util.function.IntFunction<String[]> headers)
            throws InterruptedException {
        List<CompletableFuture<HttpResponse<String>>> slow = new ArrayList<>();
        for (int i = 0; i < RehabServer.Builder.MAX_ACTIVE_REQUESTS; i++)
            slow.add(client.sendAsync(query(SLOW, headers.apply(i)), HttpResponse.BodyHandlers.ofString()));
        Thread.sleep(300);   // the slow queries are under way
        return slow;
    }

    static long millis(Runnable r) {
        long t0 = System.nanoTime();
        r.run();
        return (System.nanoTime() - t0) / 1_000_000;
    }

    @Test
    void anotherClientIsServedAtOnceWhileOneHoldsItsShare() throws Exception {
        start(List.of());
        List<CompletableFuture<HttpResponse<String>>> slow = fillTheSlots(from("127.0.0.1"), i -> new String[0]);
        HttpClient other = from("127.0.0.2");
        long ms = millis(() -> assertEquals(200, Http.send(other, query(NORMAL)).statusCode()));
        // Without the share, every slot is held for HOLD_MS and the query waits for one.
        assertTrue(ms < HOLD_MS / 2, "another client's query took " + ms + " ms while one client held its share");
        // The busy client's own queries beyond its share waited for its earlier ones, then ran to
        // their timeout: none was refused for want of a share.
        for (CompletableFuture<HttpResponse<String>> r : slow) {
            assertEquals(503, r.get().statusCode(), r.get().body());
            assertTrue(r.get().body().contains("timed out"), r.get().body());
        }
    }

    @Test
    void aClientBeyondItsShareWaitsForItsOwnRequests() throws Exception {
        start(List.of());
        HttpClient busy = from("127.0.0.1");
        // Its share is taken by its own slow queries: the next one starts when one of those ends.
        fillTheSlots(busy, i -> new String[0]);
        long ms = millis(() -> assertEquals(200, Http.send(busy, query(NORMAL)).statusCode()));
        assertTrue(ms >= HOLD_MS - 300 - 100, "the busy client's query took only " + ms + " ms beyond its share");
    }

    @Test
    void forwardedForNamesTheClientOnlyFromATrustedProxy() throws Exception {
        // A client that makes up X-Forwarded-For values gets no second share.
        start(List.of());
        HttpClient busy = from("127.0.0.1");
        fillTheSlots(busy, i -> new String[] {"X-Forwarded-For", "10.0.0." + i});
        long ms = millis(() -> assertEquals(200,
                Http.send(busy, query(NORMAL, "X-Forwarded-For", "10.0.0.99")).statusCode()));
        assertTrue(ms >= HOLD_MS - 300 - 100, "a made-up X-Forwarded-For got a share of its own (" + ms + " ms)");
        stop();

        // Behind a trusted proxy, the clients it names are told apart, though all come from its address.
        start(List.of("127.0.0.1"));
        HttpClient proxy = from("127.0.0.1");
        fillTheSlots(proxy, i -> new String[] {"X-Forwarded-For", "10.0.0.1"});
        ms = millis(() -> assertEquals(200,
                Http.send(proxy, query(NORMAL, "X-Forwarded-For", "203.0.113.7, 10.0.0.2")).statusCode()));
        assertTrue(ms < HOLD_MS / 2, "a second client behind the proxy took " + ms + " ms");
    }
}
