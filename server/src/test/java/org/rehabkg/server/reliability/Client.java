package org.rehabkg.server.reliability;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.rehabkg.graph.ServedDataset;
import org.rehabkg.server.Http;
import org.rehabkg.server.RehabServer;
import org.rehabkg.server.TestServer;

/** Plain HTTP against a real server on port 0, and what the reliability tests share. */
final class Client {
    static final String USER = TestServer.USER;
    static final String PASSWORD = TestServer.PASSWORD;

    private Client() {}

    static Dataset freshGraph() {
        return ServedDataset.embedded().dataset();
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

    /** An answer read off a raw socket: status line and headers as sent, and the rest. */
    record RawResponse(int status, String head, String text) {
        String header(String name) {
            for (String line : head.split("\r\n"))
                if (line.regionMatches(true, 0, name + ":", 0, name.length() + 1))
                    return line.substring(name.length() + 1).strip();
            return "";
        }
    }

    /**
     * A request written byte for byte on its own connection, with only the headers given (besides
     * Host and Connection: close); {@code body} may be null.
     */
    static RawResponse raw(RehabServer server, String requestLine, byte[] body, String... headerLines) {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            s.setSoTimeout(30_000);
            StringBuilder head = new StringBuilder(requestLine).append("\r\nHost: 127.0.0.1\r\nConnection: close\r\n");
            for (String h : headerLines)
                head.append(h).append("\r\n");
            OutputStream out = s.getOutputStream();
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            if (body != null)
                out.write(body);
            out.flush();
            String all = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int end = all.indexOf("\r\n\r\n");
            String h = end < 0 ? all : all.substring(0, end);
            return new RawResponse(h.length() >= 12 ? Integer.parseInt(h.substring(9, 12)) : -1, h,
                                   end < 0 ? "" : all.substring(end + 4));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RawResponse rawGet(RehabServer server, String pathAndQuery, String... headerLines) {
        return raw(server, "GET " + pathAndQuery + " HTTP/1.1", null, headerLines);
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
