package org.rehabkg.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Makes the JDK's ahead-of-time cache (JEP 483, 514, 515: classes loaded and linked, method profiles)
 * that {@code bin/rehabkg} hands to the JVM. The build runs it on the packaged jar (app/pom.xml):
 * {@code java -cp APP.jar org.rehabkg.cli.AotTraining DIR}. On a JDK with the cache (25 and later)
 * it starts a second JVM on the same jar with {@code -XX:AOTCacheOutput}, which runs
 * {@code rehabkg serve --port 0} through the real command line, asks it a few queries and exits;
 * the JVM writes the cache as it exits. On an older JDK it does nothing. The cache is
 * {@code DIR/rehabkg-<runtime version>.aot}, the name the launcher looks for; the JVM itself refuses a
 * cache made from another jar or JDK.
 */
final class AotTraining {
    private static final String WORKLOAD = "--workload";
    private static final int ROUNDS = 25;
    /** What a client asks first: the start-up probe, a label lookup, a grouped count, a CSV answer. */
    private static final List<String> QUERIES = List.of(
            "ASK { ?s ?p ?o }",
            "SELECT ?s ?l WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l } LIMIT 50",
            "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g");

    private AotTraining() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 1 && args[0].equals(WORKLOAD)) {
            workload();
            return;
        }
        if (args.length != 1) {
            System.err.println("usage: AotTraining DIR (writes DIR/rehabkg-<JDK>.aot)");
            System.exit(Main.USAGE);
        }
        int feature = Runtime.version().feature();
        if (feature < 25) {
            System.err.println("aot: JDK " + feature + " has no ahead-of-time cache (25+): none made");
            return;
        }
        Path dir = Path.of(args[0]);
        String name = cacheName(System.getProperty("java.runtime.version"));
        Path part = dir.resolve(name + ".part");
        Path log = dir.resolve("aot-training.log");
        Path jar = Path.of(AotTraining.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        long t0 = System.nanoTime();
        // The launcher's collector: the cache's archived objects are laid out for it.
        Process training = new ProcessBuilder(java, "-XX:AOTCacheOutput=" + part, "-XX:+UseSerialGC",
                                              "-cp", jar.toString(), AotTraining.class.getName(), WORKLOAD)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int code = training.waitFor();
        Files.deleteIfExists(Path.of(part + ".config"));
        if (code != 0 || !Files.isRegularFile(part) || Files.size(part) == 0) {
            Files.deleteIfExists(part);
            System.err.println("aot: the training run failed (exit " + code + "), see " + log);
            System.exit(Main.DATA_ERROR);
        }
        try (var old = Files.newDirectoryStream(dir, "rehabkg-*.aot")) {
            for (Path p : old)
                Files.delete(p);
        }
        Files.move(part, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.err.printf("aot: %s (%d MiB) made in %d s%n", dir.resolve(name), Files.size(dir.resolve(name)) >> 20,
                (System.nanoTime() - t0) / 1_000_000_000);
    }

    /** The file name for a JDK's cache; bin/rehabkg makes the same from the JDK's {@code release} file. */
    static String cacheName(String runtimeVersion) {
        return "rehabkg-" + runtimeVersion.replaceAll("[^A-Za-z0-9.]", "_") + ".aot";
    }

    /** Serves through the real command line, asks the queries, and exits (the JVM writes the cache). */
    private static void workload() throws IOException, InterruptedException {
        PipedInputStream stdout = new PipedInputStream();
        PipedOutputStream serveOut = new PipedOutputStream(stdout);
        Thread serve = new Thread(() -> Main.run(new String[] { "serve", "--port", "0" }, serveOut, System.err), "serve");
        serve.setDaemon(true);
        serve.start();
        String endpoint = null;
        BufferedReader lines = new BufferedReader(new InputStreamReader(stdout, StandardCharsets.UTF_8));
        for (String line; endpoint == null && (line = lines.readLine()) != null; )
            if (line.startsWith("rehabkg SPARQL endpoint: "))
                endpoint = line.substring("rehabkg SPARQL endpoint: ".length());
        if (endpoint == null)
            throw new IllegalStateException("serve did not start");
        URI uri = URI.create(endpoint);
        for (int round = 0; round < ROUNDS; round++) {
            for (String query : QUERIES)
                ask(uri, query, "application/sparql-results+json");
            ask(uri, "SELECT * { ?s ?p ?o } LIMIT 20", "text/csv");
        }
        System.exit(Main.OK);   // the shutdown hook stops the server
    }

    /**
     * One GET over a plain socket: every class the training loads goes into the cache and is loaded
     * at every start, and an HTTP client library would add hundreds that the server never uses.
     */
    private static void ask(URI endpoint, String query, String accept) throws IOException {
        String path = endpoint.getPath() + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), endpoint.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: " + accept + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            byte[] answer = socket.getInputStream().readAllBytes();
            String status = new String(answer, 0, Math.min(answer.length, 12), StandardCharsets.US_ASCII);
            if (!status.equals("HTTP/1.1 200"))
                throw new IllegalStateException(query + ": " + status);
        }
    }
}
