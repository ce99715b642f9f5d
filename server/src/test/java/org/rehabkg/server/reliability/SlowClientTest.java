package org.rehabkg.server.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rehabkg.server.Http.enc;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rehabkg.server.Http;
import org.rehabkg.server.RehabServer;

/**
 * Issue 18 §1: slow clients must not hold the request slots. More clients than there are slots
 * send a body one byte at a time, or never read a large answer; meanwhile anyone else's query is
 * answered, not refused with 503.
 */
class SlowClientTest {
    static final int CLIENTS = RehabServer.Builder.MAX_ACTIVE_REQUESTS + 2;
    RehabServer server;
    final List<Socket> sockets = new ArrayList<>();

    @BeforeEach
    void start() {
        server = RehabServer.builder().dataset(Client.freshGraph()).port(0).resultCache(0).build().start();
    }

    @AfterEach
    void stop() throws IOException {
        for (Socket s : sockets)
            s.close();
        server.stop();
    }

    Socket connect(int receiveBuffer) throws IOException {
        Socket s = new Socket();
        if (receiveBuffer > 0)
            s.setReceiveBufferSize(receiveBuffer);
        s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.port()));
        sockets.add(s);
        return s;
    }

    /** A query from a well-behaved client, while the slow ones hang on; its time in ms. */
    long aNormalQueryIsAnswered() {
        long t0 = System.nanoTime();
        HttpResponse<String> r = Http.get(server.url() + "rehab/sparql?query=" + enc("ASK { ?s ?p ?o }"));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(200, r.statusCode(), "a normal query during the slow clients: " + r.body());
        return ms;
    }

    @Test
    void bodiesSentByteByByteHoldNoSlot() throws Exception {
        String query = "ASK { ?s ?p ?o }";
        for (int i = 0; i < CLIENTS; i++) {
            OutputStream out = connect(0).getOutputStream();
            out.write(("POST /rehab/query HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
                       + "Content-Length: " + query.length() + "\r\n\r\n" + query.charAt(0)).getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }
        Thread.sleep(500);
        for (int round = 0; round < 3; round++) {
            aNormalQueryIsAnswered();
            for (Socket s : sockets)
                s.getOutputStream().write(' ');   // one more byte each: still far from done
            Thread.sleep(1000);
        }
    }

    @Test
    void answersNobodyReadsHoldNoSlotForLong() throws Exception {
        // As many clients as there are slots, each asking for an answer it then never reads.
        // Every label in one string, once per triple: hundreds of MB, made fast, far more than the
        // socket buffers take, so the server soon waits on the client.
        String big = "SELECT ?x WHERE { { SELECT (GROUP_CONCAT(?l) AS ?x) WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l } } ?a ?b ?c }";
        for (int i = 0; i < RehabServer.Builder.MAX_ACTIVE_REQUESTS; i++) {
            OutputStream out = connect(1024).getOutputStream();
            out.write(("GET /rehab/sparql?query=" + enc(big) + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/csv\r\n\r\n")
                      .getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }
        // Time for the socket buffers to fill (megabytes; slower on a busy machine) and the server to
        // give up on those clients; Jetty's idle timeout alone would keep them for 30 s.
        Thread.sleep(8000);
        aNormalQueryIsAnswered();
    }
}
