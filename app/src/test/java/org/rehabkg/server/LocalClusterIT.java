package org.rehabkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.rehabkg.server.Http.enc;
import static org.rehabkg.server.HttpCachingTest.get;
import static org.rehabkg.server.HttpCachingTest.header;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * deploy/local-cluster as a real process: Debian's nginx with deploy/nginx/rehabkg.conf over two
 * {@code bin/rehabkg serve} replicas. Skipped, with a message, where nginx is not installed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalClusterIT {
    static Process cluster;
    static String front;
    static final List<Long> replicaPids = new ArrayList<>();

    static boolean nginxInstalled() {
        String env = System.getenv("NGINX");
        if (env != null)
            return Files.isExecutable(Path.of(env));
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
            if (Files.isExecutable(Path.of(dir, "nginx")))
                return true;
        return Files.isExecutable(Path.of("/usr/sbin/nginx"));
    }

    @BeforeAll
    static void start() throws IOException {
        assumeTrue(nginxInstalled(), "nginx is not installed (apt-get install nginx): the cache tier test is skipped");
        cluster = new ProcessBuilder("deploy/local-cluster")
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(cluster.getInputStream(), StandardCharsets.UTF_8));
        for (String line; (line = out.readLine()) != null && !line.equals("ready");) {
            if (line.startsWith("front: "))
                front = line.substring("front: ".length());
            if (line.startsWith("replica: "))
                replicaPids.add(Long.parseLong(line.substring(line.lastIndexOf(' ') + 1)));
        }
        assertNotNull(front, "deploy/local-cluster printed its front URL");
        assertEquals(2, replicaPids.size());
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (cluster == null)
            return;
        cluster.destroy();   // SIGTERM: the script stops nginx and the replicas
        assertTrue(cluster.waitFor(60, TimeUnit.SECONDS), "deploy/local-cluster stopped on SIGTERM");
        for (long pid : replicaPids)
            assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "replica " + pid + " stopped");
    }

    static String query(String sparql) {
        return front + "rehab/sparql?query=" + enc(sparql);
    }

    @Test
    @Order(1)
    void aRepeatedQueryIsACacheHit() {
        String url = query("SELECT * WHERE { ?s ?p ?o } LIMIT 7 # hit");
        HttpResponse<byte[]> first = get(url, "Accept", "application/sparql-results+json");
        assertEquals(200, first.statusCode());
        assertEquals("MISS", header(first, "X-Cache-Status"));
        HttpResponse<byte[]> second = get(url, "Accept", "application/sparql-results+json");
        assertEquals(200, second.statusCode());
        assertEquals("HIT", header(second, "X-Cache-Status"));
        assertEquals(new String(first.body(), StandardCharsets.UTF_8), new String(second.body(), StandardCharsets.UTF_8));
    }

    @Test
    @Order(2)
    void aClientRevalidatesWith304() {
        String url = query("ASK { ?s ?p ?o } # revalidate");
        HttpResponse<byte[]> first = get(url);
        String etag = header(first, "ETag");
        assertNotNull(etag, "the front passes the replica's ETag on");
        HttpResponse<byte[]> again = get(url, "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals(0, again.body().length);
    }

    @Test
    @Order(3)
    void answersAreGzippedOnTheWireForClientsThatAsk() throws IOException {
        String url = query("SELECT * WHERE { ?s ?p ?o } LIMIT 500 # gzip");
        HttpResponse<byte[]> gz = get(url, "Accept", "text/csv", "Accept-Encoding", "gzip");
        assertEquals("gzip", header(gz, "Content-Encoding"));
        HttpResponse<byte[]> plain = get(url, "Accept", "text/csv");
        assertEquals(null, header(plain, "Content-Encoding"), "a client that does not ask gets it inflated");
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz.body()))) {
            assertEquals(new String(plain.body(), StandardCharsets.UTF_8), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        assertTrue(gz.body().length * 3 < plain.body().length, gz.body().length + " vs " + plain.body().length);
    }

    @Test
    @Order(4)
    void writesMetricsAndOtherPathsAreNotRouted() {
        HttpResponse<String> update = Http.post(front + "rehab/update", "application/sparql-update", "INSERT DATA { <urn:a> <urn:b> <urn:c> }");
        assertEquals(404, update.statusCode());
        assertEquals(404, Http.post(front + "rehab/data", "text/turtle", "<urn:a> <urn:b> <urn:c> .").statusCode());
        assertEquals(404, get(front + "$/metrics").statusCode());
        assertEquals(404, get(front + "$/ping").statusCode());
        assertEquals(200, get(front + ".well-known/void").statusCode());
        assertEquals(200, get(front + "rehabkg/occupational-therapy").statusCode());
    }

    /** Runs last: it kills a replica. Every query is new, so each goes to a replica. */
    @Test
    @Order(5)
    void killingOneReplicaLosesNoRequest() {
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            if (i == 20)
                ProcessHandle.of(replicaPids.get(0)).ifPresent(ProcessHandle::destroyForcibly);
            HttpResponse<byte[]> r = get(query("ASK { ?s ?p " + i + " } # failover"));
            if (r.statusCode() != 200)
                failures.add(i + ": " + r.statusCode() + " " + header(r, "X-Cache-Status"));
        }
        assertEquals(List.of(), failures);
    }
}
