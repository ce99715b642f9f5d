package org.rehabkg.server.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.rehabkg.graph.KnowledgeGraph;
import org.rehabkg.server.Http;
import org.rehabkg.server.RehabServer;

/** Plain HTTP against a real server on port 0, and what the reliability tests share. */
final class Client {
    static final String USER = "editor";
    static final String PASSWORD = "s3cret";

    private Client() {}

    /** A server on a fresh copy of the embedded graph, with updates for {@link #USER}. */
    static RehabServer writable(Dataset dataset, Path dir) {
        try {
            Path passwd = Files.writeString(dir.resolve("passwd"), USER + ": " + PASSWORD + "\n");
            return RehabServer.builder().dataset(dataset).port(0).update(true).passwordFile(passwd).build().start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Dataset freshGraph() {
        return KnowledgeGraph.embedded().dataset();
    }

    static String login() {
        return Http.basic(USER, PASSWORD);
    }

    static HttpResponse<String> post(String url, String contentType, String body, String... headers) {
        return send(url, "POST", contentType, body, headers);
    }

    static HttpResponse<String> send(String url, String method, String contentType, String body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null)
            b.header("Content-Type", contentType);
        if (headers.length > 0)
            b.headers(headers);
        return Http.send(b.build());
    }

    /**
     * On a connection of its own: the server closes a connection after some refusals (414, 431),
     * and a pooled one could be picked up again just as it closes.
     */
    static HttpResponse<String> sendAlone(String url, String method, String contentType, String body, String... headers) {
        // Expect: 100-continue, as curl sends for large bodies: a server refusing the body by its
        // Content-Length answers before it is sent, instead of closing while the client still writes.
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).expectContinue(body != null)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null)
            b.header("Content-Type", contentType);
        if (headers.length > 0)
            b.headers(headers);
        try (HttpClient alone = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
            return Http.send(alone, b.build());
        }
    }

    static int ping(RehabServer server) {
        return Http.get(server.url() + "$/ping").statusCode();
    }

    /**
     * The quads of the dataset, every graph included but the VoID graph: the server rewrites that one
     * on its own, in the background, after an accepted write.
     */
    static long quads(Dataset dataset) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        return Txn.calculateRead(dsg, () -> {
            long[] n = { 0 };
            dsg.find().forEachRemaining(q -> { if (!q.getGraph().equals(RehabServer.VOID_GRAPH)) n[0]++; });
            return n[0];
        });
    }

    /** Heap in use after a full collection (System.gc() is honoured by the default collector). */
    static long heapAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
