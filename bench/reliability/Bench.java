import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The HTTP side of the reliability benchmarks (bench/reliability/*.sh start and kill the servers).
 * JDK only; run as a single-file program: java bench/reliability/Bench.java COMMAND ...
 *
 *   load BASE TOTAL CONCURRENCY QUERIES_DIR   the named queries, round robin; errors and latencies
 *   heap BASE                                 heap in use, from /$/metrics (call after jcmd GC.run)
 *   overload BASE SLOW_COUNT                  SLOW_COUNT runaway queries at once, /$/ping every 100 ms
 *   writer BASE USER:PASSWORD FIRST ACKED     numbered updates until the server dies; ACKED lists the acknowledged
 *   verify BASE ACKED                         every acknowledged update present, none half-applied
 *
 * Every loop is bounded in count and time.
 */
public class Bench {
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "load" -> load(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]), Path.of(args[4]));
            case "heap" -> System.out.println(heapUsed(args[1]));
            case "overload" -> overload(args[1], Integer.parseInt(args[2]));
            case "writer" -> writer(args[1], args[2], Long.parseLong(args[3]), Path.of(args[4]));
            case "verify" -> System.exit(verify(args[1], Path.of(args[2])));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    static HttpRequest query(String base, String query, Duration timeout) {
        return HttpRequest.newBuilder(URI.create(base + "rehab/sparql"))
                .header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+json, text/turtle;q=0.9")
                .timeout(timeout)
                .POST(HttpRequest.BodyPublishers.ofString(query)).build();
    }

    // ---- load ----------------------------------------------------------------------------------

    static void load(String base, int total, int concurrency, Path dir) throws Exception {
        List<String> queries;
        try (Stream<Path> files = Files.walk(dir)) {
            queries = files.filter(p -> p.toString().endsWith(".rq") && !dir.relativize(p).startsWith("qc"))
                           .sorted().map(Bench::readString).toList();
        }
        long[] latencies = new long[total];
        AtomicInteger next = new AtomicInteger();
        Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(30);
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long start = System.nanoTime();
        for (int t = 0; t < concurrency; t++) {
            pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < total && System.nanoTime() < deadline) {
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = HTTP.send(query(base, queries.get(i % queries.size()), Duration.ofSeconds(60)),
                                                           HttpResponse.BodyHandlers.ofByteArray());
                        if (r.statusCode() != 200)
                            errors.computeIfAbsent("HTTP " + r.statusCode(), k -> new AtomicInteger()).incrementAndGet();
                    } catch (Exception e) {
                        errors.computeIfAbsent(e.getClass().getSimpleName(), k -> new AtomicInteger()).incrementAndGet();
                    }
                    latencies[i] = System.nanoTime() - t0;
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(31, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - start) / 1e9;
        int done = Math.min(next.get(), total);
        long[] sorted = Arrays.copyOf(latencies, done);
        Arrays.sort(sorted);
        int errorCount = errors.values().stream().mapToInt(AtomicInteger::get).sum();
        System.out.printf("requests=%d queries=%d concurrency=%d errors=%d %s seconds=%.1f rps=%.0f p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f max_ms=%.1f%n",
                done, queries.size(), concurrency, errorCount, new TreeMap<>(errors), seconds, done / seconds,
                ms(pct(sorted, 50)), ms(pct(sorted, 95)), ms(pct(sorted, 99)), ms(sorted[sorted.length - 1]));
    }

    static long heapUsed(String base) throws Exception {
        String metrics = HTTP.send(HttpRequest.newBuilder(URI.create(base + "$/metrics")).build(),
                                   HttpResponse.BodyHandlers.ofString()).body();
        double sum = 0;
        for (String line : metrics.split("\n"))
            if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\""))
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
        return Math.round(sum);
    }

    // ---- overload ------------------------------------------------------------------------------

    static final String RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    static final String NORMAL = "SELECT ?s ?label WHERE { ?s a <https://w3id.org/rehabkg/Profession> ; <http://www.w3.org/2000/01/rdf-schema#label> ?label }";

    static void overload(String base, int slow) throws Exception {
        double before = medianLatency(base, 20);
        System.out.printf("normal query before: median %.1f ms%n", before);

        // Ping every 100 ms from its own client, through the load and 30 s beyond.
        HttpClient pingClient = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<Long> pings = new ArrayList<>();
        AtomicInteger pingFailures = new AtomicInteger();
        AtomicLong stopPing = new AtomicLong(Long.MAX_VALUE);
        Thread pinger = Thread.ofPlatform().start(() -> {
            long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
            while (System.nanoTime() < Math.min(end, stopPing.get())) {
                long t0 = System.nanoTime();
                try {
                    int s = pingClient.send(HttpRequest.newBuilder(URI.create(base + "$/ping")).timeout(Duration.ofSeconds(10)).build(),
                                            HttpResponse.BodyHandlers.discarding()).statusCode();
                    if (s != 200)
                        pingFailures.incrementAndGet();
                } catch (Exception e) {
                    pingFailures.incrementAndGet();
                }
                synchronized (pings) {
                    pings.add(System.nanoTime() - t0);
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });

        Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
        CountDownLatch done = new CountDownLatch(slow);
        HttpClient slowClient = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(30)).build();
        long start = System.nanoTime();
        for (int i = 0; i < slow; i++) {
            Thread.ofVirtual().start(() -> {
                try {
                    HttpResponse<Void> r = slowClient.send(query(base, RUNAWAY, Duration.ofMinutes(5)), HttpResponse.BodyHandlers.discarding());
                    outcomes.computeIfAbsent("HTTP " + r.statusCode(), k -> new AtomicInteger()).incrementAndGet();
                } catch (Exception e) {
                    outcomes.computeIfAbsent(e.getClass().getSimpleName(), k -> new AtomicInteger()).incrementAndGet();
                } finally {
                    done.countDown();
                }
            });
        }
        done.await(6, TimeUnit.MINUTES);
        double loadSeconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%d slow queries over %.1f s: %s%n", slow, loadSeconds, new TreeMap<>(outcomes));

        // Recovery: the first moment a normal query's median (of 5) is back within 2x the baseline, 1 ms slack.
        long after = System.nanoTime();
        double recovered = -1;
        while (System.nanoTime() - after < TimeUnit.SECONDS.toNanos(60)) {
            double m = medianLatency(base, 5);
            if (m <= 2 * before + 1) {
                recovered = (System.nanoTime() - after) / 1e9;
                System.out.printf("normal query after: median %.1f ms%n", m);
                break;
            }
        }
        stopPing.set(System.nanoTime());
        pinger.join();
        long[] p;
        synchronized (pings) {
            p = pings.stream().mapToLong(Long::longValue).sorted().toArray();
        }
        long over1s = Arrays.stream(p).filter(x -> x >= 1_000_000_000L).count();
        System.out.printf("pings=%d failures=%d over_1s=%d p50_ms=%.1f p99_ms=%.1f max_ms=%.1f%n",
                p.length, pingFailures.get(), over1s, ms(pct(p, 50)), ms(pct(p, 99)), ms(p[p.length - 1]));
        System.out.printf("normal latency back within %s%n", recovered < 0 ? "NOT within 60 s" : String.format("%.1f s of the load's end", recovered));
    }

    static double medianLatency(String base, int n) throws Exception {
        long[] t = new long[n];
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            HttpResponse<Void> r = HTTP.send(query(base, NORMAL, Duration.ofSeconds(60)), HttpResponse.BodyHandlers.discarding());
            t[i] = System.nanoTime() - t0;
            if (r.statusCode() != 200)
                t[i] = Long.MAX_VALUE / 2;
        }
        Arrays.sort(t);
        return ms(t[n / 2]);
    }

    // ---- crash safety ----------------------------------------------------------------------------

    static String update(long n) {
        return "INSERT DATA { <urn:rehabkg:crash:" + n + "> <urn:rehabkg:seq> " + n + " . "
               + "GRAPH <urn:rehabkg:crash> { <urn:rehabkg:crash:" + n + "> <urn:rehabkg:check> " + n + " } }";
    }

    /** Sends update FIRST, FIRST+1, ... one at a time; appends each acknowledged number to ACKED; stops at the first failure. */
    static void writer(String base, String login, long first, Path acked) throws Exception {
        String auth = "Basic " + Base64.getEncoder().encodeToString(login.getBytes(StandardCharsets.UTF_8));
        long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(acked, StandardOpenOption.CREATE, StandardOpenOption.APPEND))) {
            for (long n = first; System.nanoTime() < end; n++) {
                HttpResponse<Void> r;
                try {
                    r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "rehab/update"))
                            .header("Content-Type", "application/sparql-update").header("Authorization", auth)
                            .timeout(Duration.ofSeconds(30))
                            .POST(HttpRequest.BodyPublishers.ofString(update(n))).build(), HttpResponse.BodyHandlers.discarding());
                } catch (IOException serverGone) {
                    System.out.println("last sent " + n);
                    return;
                }
                if (r.statusCode() / 100 != 2) {
                    System.out.println("update " + n + ": HTTP " + r.statusCode());
                    return;
                }
                out.println(n);
                out.flush();
            }
        }
    }

    /** 0 when every acknowledged number has both its triples and no number has only one; 1 otherwise. */
    static int verify(String base, Path acked) throws Exception {
        String q = "SELECT ?n ?m WHERE { { ?s <urn:rehabkg:seq> ?n OPTIONAL { GRAPH <urn:rehabkg:crash> { ?s <urn:rehabkg:check> ?m } } } "
                   + "UNION { GRAPH <urn:rehabkg:crash> { ?s <urn:rehabkg:check> ?m } FILTER NOT EXISTS { ?s <urn:rehabkg:seq> ?x } } }";
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "rehab/sparql"))
                .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(q)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            System.out.println("verify query: HTTP " + r.statusCode() + " " + r.body());
            return 1;
        }
        java.util.Set<Long> complete = new java.util.HashSet<>();
        int half = 0;
        for (String line : r.body().split("\r?\n")) {
            if (line.isBlank() || line.startsWith("n,"))
                continue;
            String[] f = line.split(",", -1);
            if (f[0].isEmpty() || f[1].isEmpty())
                half++;
            else
                complete.add(Long.parseLong(f[0]));
        }
        List<String> lines = Files.exists(acked) ? Files.readAllLines(acked) : List.of();
        long missing = lines.stream().filter(l -> !l.isBlank()).map(Long::parseLong).filter(n -> !complete.contains(n)).count();
        System.out.printf("acknowledged=%d present=%d missing=%d half_applied=%d%n", lines.size(), complete.size(), missing, half);
        return missing == 0 && half == 0 ? 0 : 1;
    }

    // ---- helpers ---------------------------------------------------------------------------------

    static String readString(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static long pct(long[] sorted, int p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    static double ms(long nanos) {
        return nanos / 1e6;
    }
}
