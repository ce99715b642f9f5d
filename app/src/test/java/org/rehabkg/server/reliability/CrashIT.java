package org.rehabkg.server.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rehabkg.server.Http;

/**
 * Issue item 6, a few rounds (100 are bench/reliability/crash.sh): {@code bin/rehabkg serve --tdb
 * --update} is killed with SIGKILL while numbered updates flow; after each restart every
 * acknowledged update is there and none is half-applied (each writes two triples, one of them in
 * a named graph).
 */
class CrashIT {
    static final int ROUNDS = 3;

    @TempDir
    Path tmp;

    record Server(Process process, String base) {}

    Server start(Path db, Path passwd) throws Exception {
        Path out = tmp.resolve("out.txt");
        Files.deleteIfExists(out);
        Process p = new ProcessBuilder(List.of("bin/rehabkg", "serve", "--port", "0", "--tdb", db.toString(),
                                               "--update", "--passwd", passwd.toString()))
                .redirectOutput(out.toFile()).redirectError(tmp.resolve("err.txt").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);   // a safety net
        while (true) {
            String text = Files.exists(out) ? Files.readString(out) : "";
            int at = text.indexOf("http://");
            if (at >= 0 && text.indexOf("rehab/sparql", at) > 0)
                return new Server(p, text.substring(at, text.indexOf("rehab/sparql", at)));
            assertTrue(p.isAlive(), "serve died: " + Files.readString(tmp.resolve("err.txt")));
            assertTrue(System.nanoTime() < deadline, "serve did not start");
            Thread.sleep(50);
        }
    }

    static String update(long n) {
        return "INSERT DATA { <urn:rehabkg:crash:" + n + "> <urn:rehabkg:seq> " + n + " . "
               + "GRAPH <urn:rehabkg:crash> { <urn:rehabkg:crash:" + n + "> <urn:rehabkg:check> " + n + " } }";
    }

    @Test
    void killedMidUpdatesLosesNothingAcknowledged() throws Exception {
        Path db = tmp.resolve("db");
        Path passwd = Files.writeString(tmp.resolve("passwd"), Client.USER + ": " + Client.PASSWORD + "\n");
        Set<Long> acknowledged = new HashSet<>();
        for (int round = 1; round <= ROUNDS; round++) {
            Server server = start(db, passwd);
            check(server.base(), acknowledged);

            AtomicBoolean firstAck = new AtomicBoolean();
            long first = round * 1_000_000L;
            Thread writer = Thread.ofPlatform().start(() -> {
                for (long n = first; n < first + 100_000; n++) {
                    try {
                        HttpResponse<String> r = Client.post(server.base() + "rehab/update", "application/sparql-update", update(n),
                                                             "Authorization", Client.login());
                        if (r.statusCode() / 100 != 2)
                            return;
                        synchronized (acknowledged) {
                            acknowledged.add(n);
                        }
                        firstAck.set(true);
                    } catch (RuntimeException serverGone) {
                        return;
                    }
                }
            });
            for (int i = 0; i < 200 && !firstAck.get(); i++)
                Thread.sleep(25);
            Thread.sleep(ThreadLocalRandom.current().nextInt(100, 600));
            server.process().destroyForcibly();   // SIGKILL
            server.process().waitFor(30, TimeUnit.SECONDS);
            writer.join(TimeUnit.SECONDS.toMillis(60));
        }
        Server last = start(db, passwd);
        try {
            check(last.base(), acknowledged);
            assertTrue(acknowledged.size() > ROUNDS, "updates acknowledged: " + acknowledged.size());
        } finally {
            last.process().destroy();
            last.process().waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** Every acknowledged number has both triples; no number has only one. */
    static void check(String base, Set<Long> acknowledged) throws IOException, InterruptedException {
        String q = "SELECT ?n ?m WHERE { { ?s <urn:rehabkg:seq> ?n OPTIONAL { GRAPH <urn:rehabkg:crash> { ?s <urn:rehabkg:check> ?m } } } "
                   + "UNION { GRAPH <urn:rehabkg:crash> { ?s <urn:rehabkg:check> ?m } FILTER NOT EXISTS { ?s <urn:rehabkg:seq> ?x } } }";
        HttpResponse<String> r = Http.CLIENT.send(HttpRequest.newBuilder(URI.create(base + "rehab/sparql"))
                .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(q)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        Set<Long> complete = new HashSet<>();
        for (String line : r.body().split("\r?\n")) {
            if (line.isBlank() || line.startsWith("n,"))
                continue;
            String[] f = line.split(",", -1);
            assertTrue(!f[0].isEmpty() && !f[1].isEmpty(), "half-applied update: " + line);
            complete.add(Long.parseLong(f[0]));
        }
        Set<Long> missing = new HashSet<>(acknowledged);
        missing.removeAll(complete);
        assertEquals(Set.of(), missing, "acknowledged but missing");
    }
}
