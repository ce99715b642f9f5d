package org.rehabkg.fuzz;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.rehabkg.graph.DataFolder;
import org.rehabkg.graph.ServedDataset;
import org.rehabkg.graph.tdb.TdbStore;
import org.rehabkg.server.RehabServer;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Fuzzing of the HTTP endpoint (issue 18, "Beyond this list"), against two real servers on port 0
 * over real HTTP: the read-only one {@code serve} starts by default, and a TDB2 one with updates and
 * a login ({@code serve --tdb DIR --update --passwd FILE}). Each property sends one generated request
 * per try ({@link FuzzBudget}: seeded tries in a loop) and checks {@link Rules}, that the server still
 * answers {@code /$/ping} and a normal query, and, for writes, that what was acknowledged is stored
 * and what was refused is not. Not part of {@code mvn verify} (the class name ends in Fuzz):
 * {@code bench/fuzz/run.sh} runs it with many tries, {@code --smoke} with few.
 */
class HttpFuzz {
    static final String USER = "fuzz";
    static final String PASSWORD = "fuzz-pw";
    static final String NORMAL_QUERY = Sparql.PROLOGUE + "SELECT ?l WHERE { ?p a rkg:Profession ; rdfs:label ?l } LIMIT 1";
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    static final AtomicInteger SERIAL = new AtomicInteger();
    /** Every quad but the VoID graph's, which the server recounts by itself after each accepted write. */
    static final String ALL_QUADS = "SELECT (COUNT(*) AS ?n) { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } FILTER(?g != <"
            + RehabServer.VOID_GRAPH.getURI() + ">) } }";

    static Path dir;
    static TdbStore store;
    static RehabServer reader;
    static RehabServer writer;

    @BeforeAll
    static void start() throws IOException {
        dir = Files.createTempDirectory("rehabkg-fuzz");
        Path passwd = Files.writeString(dir.resolve("passwd"), USER + ": " + PASSWORD + "\n");
        Duration timeout = Duration.ofSeconds(2);
        reader = RehabServer.builder().dataset(ServedDataset.embedded().dataset()).port(0).timeout(timeout).build().start();
        store = TdbStore.open(dir.resolve("db"), DataFolder.embedded(), () -> ServedDataset.embedded().dataset());
        writer = RehabServer.builder().dataset(store.dataset()).port(0).timeout(timeout).update(true).passwordFile(passwd).build().start();
    }

    @AfterAll
    static void stop() throws IOException {
        if (reader != null)
            reader.stop();
        if (writer != null)
            writer.stop();
        if (store != null)
            TdbStore.release(store.dataset());
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    // ---- queries

    record QueryRequest(String endpoint, String how, String accept) {}

    record QueryTry(String query, QueryRequest how) {}

    @Test
    void queriesAreAnsweredSafely() {
        Gen<QueryRequest> how = Gen.combine(Gen.of("rehab/sparql", "rehab/query"), Gen.of("GET", "form", "body"), Headers.accept(),
                QueryRequest::new);
        FuzzBudget.run("queriesAreAnsweredSafely", Gen.combine(Sparql.query(), how, QueryTry::new), QueryTry::toString,
                t -> queryIsAnsweredSafely(t.query(), t.how()));
    }

    boolean queryIsAnsweredSafely(String query, QueryRequest how) {
        String url = reader.url() + how.endpoint() + "?timeout=1";
        String enc = URLEncoder.encode(query, StandardCharsets.UTF_8);
        HttpRequest.Builder r = switch (how.how()) {
            case "GET" -> HttpRequest.newBuilder(URI.create(url + "&query=" + enc)).GET();
            case "form" -> HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.ofString("query=" + enc))
                    .header("Content-Type", "application/x-www-form-urlencoded");
            default -> HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.ofString(query))
                    .header("Content-Type", "application/sparql-query");
        };
        if (Headers.sendable(how.accept()))
            r.header("Accept", how.accept());
        return checked(query, send(r)) && healthy(reader);
    }

    // ---- updates

    @Test
    void updatesAreAnsweredSafely() {
        FuzzBudget.run("updatesAreAnsweredSafely", Sparql.update(), u -> u, this::updateIsAnsweredSafely);
    }

    boolean updateIsAnsweredSafely(String update) {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(writer.url() + "rehab/update"))
                .POST(HttpRequest.BodyPublishers.ofString(update)).header("Content-Type", "application/sparql-update")
                .header("Authorization", login());
        return checked(update, send(r), Rules.SLOW_WRITE_MS) && healthy(writer);
    }

    /** How an INSERT DATA ends: cleanly, or with what must make the whole request fail. */
    static Gen<byte[]> endings() {
        return Gen.of(new byte[0], " ".getBytes(), " ;".getBytes(), " # comment".getBytes(), new byte[] { ' ', (byte) 0xC3 },
                new byte[] { ' ', (byte) 0xFF }, " ; INSERT DATA { <urn:x> <urn:p> ".getBytes(), " ; LOAD <http://127.0.0.1:1/>".getBytes(),
                " }".getBytes(), new byte[] { 0 });
    }

    /** A marker triple's object, whether it goes to a named graph, and how its INSERT DATA ends. */
    record Marker(String object, boolean named, byte[] ending) {
        @Override
        public String toString() {
            return "object " + object + (named ? " in a named graph" : " in the default graph") + ", ending "
                    + new String(ending, StandardCharsets.ISO_8859_1);
        }
    }

    /**
     * Issue 18 §2: an acknowledged update is stored, a refused one stores nothing. A unique marker
     * triple with an odd literal, in the default or a named graph, its update ending oddly; then an
     * ASK for exactly that triple.
     */
    @Test
    void acknowledgedUpdatesAreStoredAndRefusedOnesAreNot() {
        FuzzBudget.run("acknowledgedUpdatesAreStoredAndRefusedOnesAreNot",
                Gen.combine(Sparql.literal(), Gen.booleans(), endings(), Marker::new), Marker::toString,
                m -> markerIsStoredIffAcknowledged(m.object(), m.named(), m.ending()));
    }

    boolean markerIsStoredIffAcknowledged(String object, boolean named, byte[] ending) {
        String subject = "<urn:rehabkg:fuzz:marker:" + SERIAL.incrementAndGet() + ">";
        String triple = subject + " <urn:rehabkg:fuzz:p> " + object;
        String data = named ? "GRAPH <urn:rehabkg:fuzz:g> { " + triple + " }" : triple;
        byte[] head = (Sparql.PROLOGUE + "INSERT DATA { " + data + " }").getBytes(StandardCharsets.UTF_8);
        byte[] body = java.util.Arrays.copyOf(head, head.length + ending.length);
        System.arraycopy(ending, 0, body, head.length, ending.length);
        Answer a = send(HttpRequest.newBuilder(URI.create(writer.url() + "rehab/update")).POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", "application/sparql-update").header("Authorization", login()));
        String input = new String(body, StandardCharsets.ISO_8859_1);
        if (!checked(input, a, Rules.SLOW_WRITE_MS) || !healthy(writer))
            return false;
        Answer check = query(writer, Sparql.PROLOGUE + "ASK { " + (named ? "GRAPH <urn:rehabkg:fuzz:g> { " + triple + " }" : triple) + " }");
        if (check.status() == 400)   // the object is no RDF term: the update must have been refused too
            return a.status() >= 400 || failed("acknowledged with " + a.status() + " an update whose triple a query cannot name: "
                    + Rules.abbreviate(check.body()));
        if (check.status() != 200)
            return failed("the ASK for the marker answered " + check.status() + " " + Rules.abbreviate(check.body()));
        boolean stored = check.body().replace(" ", "").contains("\"boolean\":true");
        if (a.status() / 100 == 2 && !stored)
            return failed("acknowledged with " + a.status() + " but not stored");
        if (a.status() >= 400 && stored)
            return failed("refused with " + a.status() + " " + Rules.abbreviate(a.body()) + " but stored");
        return true;
    }

    // ---- uploads

    /**
     * Issue 18 §2 on the Graph Store: every upload to a fresh graph is either acknowledged and
     * stored whole (as many triples as Jena reads from the same bytes), or refused and nothing of it
     * stored anywhere in the dataset.
     */
    @Test
    void uploadsAreStoredWholeOrNotAtAll() {
        FuzzBudget.run("uploadsAreStoredWholeOrNotAtAll", Uploads.upload(), Uploads.Upload::toString, this::uploadIsStoredWholeOrNotAtAll);
    }

    boolean uploadIsStoredWholeOrNotAtAll(Uploads.Upload u) {
        String graph = "urn:rehabkg:fuzz:upload:" + SERIAL.incrementAndGet();
        long before = count(writer, ALL_QUADS);
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(writer.url() + "rehab/data?graph=" + graph))
                .method(u.method(), HttpRequest.BodyPublishers.ofByteArray(u.body())).header("Authorization", login());
        if (!u.contentType().isEmpty())
            r.header("Content-Type", u.contentType());
        Answer a = send(r);
        String input = u.toString();
        if (!checked(input, a, Rules.SLOW_WRITE_MS) || !healthy(writer))
            return false;
        long after = count(writer, ALL_QUADS);
        if (a.status() >= 400 && after != before)
            return failed("refused with " + a.status() + " but the dataset changed: " + before + " -> " + after + " quads");
        if (a.status() / 100 != 2 || u.multipart())
            return true;
        Lang lang = RDFLanguages.contentTypeToLang(u.contentType().replaceAll(";.*", "").strip());
        if (lang == null)
            return failed("acknowledged with " + a.status() + " an upload of a type no RDF syntax has");
        Graph local = GraphFactory.createDefaultGraph();
        try {
            RDFParser.source(new java.io.ByteArrayInputStream(u.body())).lang(lang).base(writer.url() + "rehab/data?graph=" + graph)
                    .parse(StreamRDFLib.graph(local));
        } catch (RuntimeException e) {
            return failed("acknowledged with " + a.status() + " what Jena cannot read: " + e.getMessage());
        }
        long stored = count(writer, "SELECT (COUNT(*) AS ?n) { GRAPH <" + graph + "> { ?s ?p ?o } }");
        if (RDFLanguages.isTriples(lang) && stored != local.size())
            return failed("acknowledged with " + a.status() + ": " + stored + " triples stored of " + local.size());
        return true;
    }

    // ---- headers and bodies over a raw socket

    record RawTry(String request, boolean toWriter) {
        @Override
        public String toString() {
            return "to the " + (toWriter ? "writer" : "reader") + ": " + request;
        }
    }

    /** Any method, path, header and Content-Length against either server; the sending side is closed after the request. */
    @Test
    void oddHeadersAreAnsweredSafely() {
        FuzzBudget.run("oddHeadersAreAnsweredSafely", Gen.combine(Headers.rawRequest(login()), Gen.booleans(), RawTry::new), RawTry::toString,
                t -> oddHeadersAreAnsweredSafely(t.request(), t.toWriter()));
    }

    boolean oddHeadersAreAnsweredSafely(String request, boolean toWriter) {
        RehabServer server = toWriter ? writer : reader;
        RawHttp.Answer a = RawHttp.exchange(server.port(), request.getBytes(StandardCharsets.ISO_8859_1), 40_000);
        if (a.timedOut())
            return failed("no end of the answer within 40 s (" + a.statuses() + ")");
        for (int status : a.statuses()) {
            if (status == 501 && !request.matches("(?s)(GET|POST|PUT|DELETE|HEAD|OPTIONS|PATCH) .*"))
                continue;   // the right answer to a method the server does not know (RFC 9110, 15.6.2)
            String why = Rules.broken(request, status, a.text(), a.ms(), toWriter ? Rules.SLOW_WRITE_MS : Rules.SLOW_MS);
            if (why != null)
                return failed(why);
        }
        return healthy(reader) && healthy(writer);
    }

    // ---- what the properties share

    record Answer(int status, String body, long ms) {}

    static String login() {
        return "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    static Answer send(HttpRequest.Builder r) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> resp = HTTP.send(r.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(resp.statusCode(), resp.body(), (System.nanoTime() - start) / 1_000_000);
        } catch (IOException e) {
            return new Answer(0, "no answer: " + e, (System.nanoTime() - start) / 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static boolean checked(String input, Answer a) {
        return checked(input, a, Rules.SLOW_MS);
    }

    static boolean checked(String input, Answer a, long slowMs) {
        if (a.status() == 0)
            return failed(a.body());
        String why = Rules.broken(input, a.status(), a.body(), a.ms(), slowMs);
        return why == null || failed(why);
    }

    static boolean failed(String why) {
        return FuzzBudget.failed(why);
    }

    /** The server answers its ping and a normal query, each within 5 s. */
    static boolean healthy(RehabServer server) {
        Answer ping = send(HttpRequest.newBuilder(URI.create(server.url() + "$/ping")).timeout(Duration.ofSeconds(5)));
        if (ping.status() != 200)
            return failed("the ping after it answered " + ping.status() + " " + Rules.abbreviate(ping.body()));
        Answer q = query(server, NORMAL_QUERY);
        if (q.status() != 200 || !q.body().contains("\"l\""))
            return failed("a normal query after it answered " + q.status() + " " + Rules.abbreviate(q.body()));
        return true;
    }

    static Answer query(RehabServer server, String query) {
        return send(HttpRequest.newBuilder(URI.create(server.url() + "rehab/sparql")).POST(HttpRequest.BodyPublishers.ofString(query))
                .header("Content-Type", "application/sparql-query").header("Accept", "application/sparql-results+json"));
    }

    static long count(RehabServer server, String select) {
        Answer a = query(server, select);
        var m = java.util.regex.Pattern.compile("\"value\"\\s*:\\s*\"(\\d+)\"").matcher(a.body());
        if (a.status() != 200 || !m.find())
            throw new IllegalStateException("the count answered " + a.status() + " " + a.body());
        return Long.parseLong(m.group(1));
    }
}
