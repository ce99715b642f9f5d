package org.rehabkg.server.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rehabkg.server.Http;
import org.rehabkg.server.RehabServer;
import org.rehabkg.server.TestServer;

/**
 * Issue 18 §2 and the upload cases of §3: malformed, oversized or too deeply nested input on every
 * write path (SPARQL Update, Graph Store PUT and POST, multipart upload) is refused with a 4xx that
 * names no Java class, and nothing of it is stored.
 */
class WriteIntegrityTest {
    static final String TTL = "<urn:rehabkg:w> <urn:rehabkg:p> \"ok\" .\n";
    @RegisterExtension
    static final TestServer served = TestServer.writable();
    static String data;
    long quadsBefore;

    @BeforeAll
    static void start() {
        data = served.url() + "rehab/data?graph=urn:rehabkg:upload";
    }

    @BeforeEach
    void before() {
        quadsBefore = Client.quads(served.dataset());
    }

    @AfterEach
    void nothingStoredAndHealthy() {
        assertEquals(quadsBefore, Client.quads(served.dataset()), "the dataset is unchanged");
        assertEquals(200, Client.ping(served.server()));
    }

    static HttpResponse<String> send(String method, String url, String contentType, byte[] body) {
        return Http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", contentType).header("Authorization", Client.login()).build());
    }

    static void refused(HttpResponse<String> r, String what) {
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, what + ": " + r.statusCode() + " " + r.body());
        assertFalse(r.body().contains("Exception") || r.body().contains("java."), what + ": " + r.body());
    }

    /** On every write path: direct PUT, direct POST, and a multipart POST with the body as its file. */
    static void refusedEverywhere(String contentType, byte[] body, String what) {
        refused(send("PUT", data, contentType, body), what + " (PUT)");
        refused(send("POST", data, contentType, body), what + " (POST)");
        refused(multipart(contentType, body), what + " (multipart)");
    }

    static HttpResponse<String> multipart(String contentType, byte[] file) {
        return multipart("POST", "upload", contentType, file);
    }

    /** A form with one file part; a null {@code contentType} leaves the part's Content-Type out. */
    static HttpResponse<String> multipart(String method, String filename, String contentType, byte[] file) {
        String boundary = "rehabkgBoundary42";
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename + "\"\r\n"
                      + (contentType == null ? "" : "Content-Type: " + contentType + "\r\n") + "\r\n").getBytes(StandardCharsets.UTF_8));
        b.writeBytes(file);
        b.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(method, data, "multipart/form-data; boundary=" + boundary, b.toByteArray());
    }

    static byte[] truncatedUtf8(String text) {
        byte[] t = text.getBytes(StandardCharsets.UTF_8);
        byte[] b = new byte[t.length + 1];
        System.arraycopy(t, 0, b, 0, t.length);
        b[t.length] = (byte) 0xC3;   // the first byte of a two-byte sequence, and then the end
        return b;
    }

    @Test
    void anUpdateEndingInsideAUtf8SequenceIs400() {
        HttpResponse<String> r = send("POST", served.url() + "rehab/update", "application/sparql-update",
                truncatedUtf8("INSERT DATA { <urn:rehabkg:x> <urn:rehabkg:p> \"ok\" } "));
        refused(r, "update");
        assertEquals(400, r.statusCode());
    }

    @Test
    void anUploadEndingInsideAUtf8SequenceIs400OnEveryPath() {
        refusedEverywhere("text/turtle", truncatedUtf8(TTL), "truncated UTF-8");
    }

    /** Found by the fuzz run: the error named Titanium's class, "JsonLdError[code=…, message=…]". */
    @Test
    void jsonLdWhoseTopLevelIsNoObjectIsRefusedWithoutTheClassName() {
        byte[] body = "\"@context\": {\"p\": \"urn:rehabkg:fuzz:p\"}, \"@id\": \"urn:rehabkg:w\", \"p\": \"o\"}".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> r = send("PUT", data, "application/ld+json", body);
        refused(r, "JSON-LD");
        assertFalse(r.body().contains("JsonLdError"), r.body());
        assertTrue(r.body().contains("top level"), r.body());
    }

    /** Found by the fuzz run: a charset the JDK does not know was a 500 with an empty body. */
    @ParameterizedTest
    @ValueSource(strings = { "x-unknown", "not a charset", "" })
    void anUnknownCharsetIsRefused(String charset) {
        byte[] ttl = TTL.getBytes(StandardCharsets.UTF_8);
        for (String method : new String[] { "PUT", "POST" }) {
            HttpResponse<String> r = send(method, data, "text/turtle; charset=" + charset, ttl);
            refused(r, method + " charset=" + charset);
        }
    }

    @Test
    void utf16AndTruncatedTurtleAreRefused() {
        refused(send("PUT", data, "text/turtle; charset=utf-16", TTL.getBytes(StandardCharsets.UTF_16)), "utf-16");
        refusedEverywhere("text/turtle", "<urn:rehabkg:w> <urn:rehabkg:p> \"o".getBytes(StandardCharsets.UTF_8), "truncated Turtle");
    }

    @ParameterizedTest
    @ValueSource(strings = { "application/rdf+thrift", "application/rdf+protobuf" })
    void garbageBinaryRdfIs400(String type) {
        byte[] garbage = new byte[4096];
        new java.util.Random(18).nextBytes(garbage);
        refusedEverywhere(type, garbage, "garbage " + type);
        refusedEverywhere(type, "not RDF at all, just text".getBytes(StandardCharsets.UTF_8), "text as " + type);
    }

    @Test
    void aMultipartUploadRefusesAnExternalEntityAsADirectOneDoes() {
        String xml = "<?xml version='1.0'?><!DOCTYPE rdf:RDF [ <!ENTITY ext SYSTEM 'file:///etc/hostname'> ]>"
                + "<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>"
                + "<rdf:Description rdf:about='urn:a'><b xmlns='urn:'>&ext;</b></rdf:Description></rdf:RDF>";
        refusedEverywhere("application/rdf+xml", xml.getBytes(StandardCharsets.UTF_8), "external entity");
    }

    @Test
    void hugePrefixesIrisAndLiteralsAreRefused() {
        String prefix = "@prefix a: <urn:" + "x".repeat(400_000) + "> .\na:s a:p a:o .\n";
        refusedEverywhere("text/turtle", prefix.getBytes(StandardCharsets.UTF_8), "400 KB prefix");
        String iri = "<urn:" + "y".repeat(20_000) + "> <urn:p> <urn:o> .\n";
        refusedEverywhere("application/n-triples", iri.getBytes(StandardCharsets.UTF_8), "20 KB IRI");
        String literal = "<urn:s> <urn:p> \"" + "z".repeat(200_000) + "\" .\n";
        refusedEverywhere("application/n-triples", literal.getBytes(StandardCharsets.UTF_8), "200 KB literal");
        HttpResponse<String> update = send("POST", served.url() + "rehab/update", "application/sparql-update",
                ("PREFIX a: <urn:" + "x".repeat(400_000) + "> INSERT DATA { a:s a:p a:o }").getBytes(StandardCharsets.UTF_8));
        refused(update, "400 KB prefix in an update");
        update = send("POST", served.url() + "rehab/update", "application/sparql-update",
                ("INSERT DATA { <urn:s> <urn:p> \"" + "z".repeat(200_000) + "\" }").getBytes(StandardCharsets.UTF_8));
        refused(update, "200 KB literal in an update");
    }

    @Test
    void deeplyNestedTurtleAndJsonLdAreRefused() {
        int depth = 50_000;
        String turtle = "<urn:s> <urn:p> " + "[ <urn:p> ".repeat(depth) + "<urn:o>" + " ]".repeat(depth) + " .\n";
        refusedEverywhere("text/turtle", turtle.getBytes(StandardCharsets.UTF_8), "nested Turtle");
        String list = "<urn:s> <urn:p> " + "( ".repeat(depth) + " )".repeat(depth) + " .\n";
        refusedEverywhere("text/turtle", list.getBytes(StandardCharsets.UTF_8), "nested lists");
        String json = "{\"@id\":\"urn:s\"," + "\"urn:p\":{".repeat(depth) + "\"@id\":\"urn:o\"" + "}".repeat(depth) + "}";
        refusedEverywhere("application/ld+json", json.getBytes(StandardCharsets.UTF_8), "nested JSON-LD");
    }

    /**
     * Found by the fuzz runs (seed 2210440347666263390, try 13; seed -480561196083497023, tries 205
     * and 252): a part without a Content-Type was a 500, Fuseki's NullPointerException on the missing
     * type, whatever its file name.
     */
    @ParameterizedTest
    @ValueSource(strings = { "PUT", "POST" })
    void aPartWhoseSyntaxNothingTellsIs415(String method) {
        byte[] trig = "<urn:rehabkg:g> { <urn:rehabkg:s> <urn:rehabkg:p> \"o\" }".getBytes(StandardCharsets.UTF_8);
        // Fuseki reads the file name only when the type names no syntax; with no type at all it threw.
        for (String filename : new String[] { "../../etc/passwd", "upload", "", "a.ttl", "a.jsonld" }) {
            HttpResponse<String> r = multipart(method, filename, null, trig);
            refused(r, method + " part without Content-Type, filename=" + filename);
            assertEquals(415, r.statusCode(), r.body());
        }
        refused(multipart(method, "upload", "application/octet-stream", trig), method + " octet-stream part");
    }

    @Test
    void aGoodUploadStillWorksOnEveryPath() {
        assertEquals(2, send("PUT", data, "text/turtle", TTL.getBytes(StandardCharsets.UTF_8)).statusCode() / 100);
        assertEquals(2, multipart("text/turtle", TTL.getBytes(StandardCharsets.UTF_8)).statusCode() / 100);
        assertEquals(2, send("DELETE", data, "text/turtle", new byte[0]).statusCode() / 100);
    }

    /**
     * Found by the fuzz run (seed -480561196083497023, updates try 7827): Jena 6.2.0 gave the second
     * WHERE of a request with a timeout a query timeout of 0, so any request of two
     * {@code INSERT … WHERE} was refused (400 "QueryCancelledException", or an empty 400).
     */
    @Test
    void aRequestOfSeveralOperationsWithWhereIsAppliedWhole() {
        long before = Client.quads(served.dataset());
        String update = "INSERT { <urn:rehabkg:ops:a> <urn:rehabkg:p> \"1\" } WHERE { } ;\n"
                + "INSERT { <urn:rehabkg:ops:b> <urn:rehabkg:p> \"2\" } WHERE { ?s ?p ?o } ;\n"
                + "DELETE { <urn:rehabkg:ops:a> <urn:rehabkg:p> ?o } INSERT { <urn:rehabkg:ops:c> <urn:rehabkg:p> ?o } WHERE { <urn:rehabkg:ops:a> <urn:rehabkg:p> ?o }";
        HttpResponse<String> r = send("POST", served.url() + "rehab/update", "application/sparql-update", update.getBytes(StandardCharsets.UTF_8));
        assertEquals(2, r.statusCode() / 100, r.statusCode() + " " + r.body());
        assertEquals(before + 2, Client.quads(served.dataset()), "b and c written, a moved to c");
        send("POST", served.url() + "rehab/update", "application/sparql-update",
                "DELETE { ?s ?p ?o } WHERE { ?s ?p ?o FILTER(STRSTARTS(STR(?s), \"urn:rehabkg:ops:\")) }".getBytes(StandardCharsets.UTF_8));
    }

    /** An update over a cross product stops at the server's time limit and writes nothing. */
    @Test
    void aRunawayUpdateIsStoppedAndWritesNothing(@TempDir Path dir) throws Exception {
        Path passwd = TestServer.passwordFile(dir);
        Dataset own = Client.freshGraph();
        RehabServer quick = RehabServer.builder().dataset(own).port(0).update(true).passwordFile(passwd)
                .timeout(Duration.ofSeconds(1)).build().start();
        try {
            long before = Client.quads(own);
            long t0 = System.nanoTime();
            HttpResponse<String> r = Http.send(HttpRequest.newBuilder(URI.create(quick.url() + "rehab/update"))
                    .timeout(Duration.ofSeconds(60))
                    .POST(HttpRequest.BodyPublishers.ofString("INSERT { ?a <urn:rehabkg:x> ?c } WHERE { ?a ?p ?b . ?b ?q ?c . ?c ?r ?d . ?d ?s ?e }"))
                    .header("Content-Type", "application/sparql-update").header("Authorization", Client.login()).build());
            long seconds = (System.nanoTime() - t0) / 1_000_000_000L;
            assertTrue(r.statusCode() >= 400, r.statusCode() + " " + r.body());
            assertFalse(r.body().contains("Exception"), r.body());
            assertTrue(seconds < 20, "stopped after " + seconds + " s");
            assertEquals(before, Client.quads(own), "nothing written");
            assertEquals(200, Client.ping(quick));
        } finally {
            quick.stop();
        }
    }
}
