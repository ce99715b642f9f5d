package org.rehabkg.server.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rehabkg.server.Http.enc;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rehabkg.server.Http;
import org.rehabkg.server.RehabServer;
import org.rehabkg.server.TestServer;

/**
 * Issue 18 §3: requests where the client is at fault, which the server answered 500 (or with a
 * StackOverflowError in a thread). Each is a 4xx with a short message that names no Java class, and
 * the server stays healthy.
 */
class ClientFaultTest {
    @RegisterExtension
    static final TestServer served = TestServer.writable();

    @AfterEach
    void healthy() {
        assertEquals(200, Client.ping(served.server()));
    }

    static void clientError(int status, String body, String what) {
        assertTrue(status >= 400 && status < 500, what + ": " + status + " " + body);
        assertFalse(body.contains("Exception") || body.contains("Error:") || body.contains("java."), what + ": " + body);
    }

    @Test
    void aChunkedBodyOverTheLimitIs413OnEveryPath() {
        byte[] chunk = ("#" + "z".repeat(8190) + "\n").getBytes(StandardCharsets.US_ASCII);
        StringBuilder chunked = new StringBuilder();
        for (long sent = 0; sent <= RehabServer.Builder.MAX_REQUEST_BYTES; sent += chunk.length)
            chunked.append(Integer.toHexString(chunk.length)).append("\r\n").append(new String(chunk, StandardCharsets.US_ASCII)).append("\r\n");
        chunked.append("0\r\n\r\n");
        for (String path : new String[] { "/rehab/query", "/rehab/update" }) {
            Client.RawResponse r = Client.raw(served.server(), "POST " + path + " HTTP/1.1", chunked.toString().getBytes(StandardCharsets.US_ASCII),
                    "Content-Type: application/sparql-" + (path.endsWith("query") ? "query" : "update"), "Transfer-Encoding: chunked",
                    "Authorization: " + Client.login());
            assertEquals(413, r.status(), path + ": " + r.head());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "zz\r\nASK {}\r\n0\r\n\r\n", "-5\r\nASK {}\r\n0\r\n\r\n", "ffffffffffffffffff\r\nASK\r\n0\r\n\r\n" })
    void malformedChunkSizesAre400(String body) {
        Client.RawResponse r = Client.raw(served.server(), "POST /rehab/query HTTP/1.1", body.getBytes(StandardCharsets.US_ASCII),
                "Content-Type: application/sparql-query", "Transfer-Encoding: chunked");
        clientError(r.status(), r.text(), "chunk " + body.lines().findFirst().orElse(""));
    }

    @Test
    void tenThousandUnionsAre400() {
        StringJoiner q = new StringJoiner(" UNION ", "SELECT * WHERE { ", " }");
        for (int i = 0; i < 10_000; i++)
            q.add("{ ?s <urn:p" + i + "> ?o }");
        HttpResponse<String> r = Client.post(served.url() + "rehab/query", "application/sparql-query", q.toString());
        clientError(r.statusCode(), r.body(), "10,000 UNIONs");
    }

    @Test
    void aTwentyThousandTermConjunctionIs400() {
        StringJoiner and = new StringJoiner(" && ");
        for (int i = 0; i < 20_000; i++)
            and.add("?o != " + i);
        HttpResponse<String> r = Client.post(served.url() + "rehab/query", "application/sparql-query",
                "SELECT * WHERE { ?s ?p ?o FILTER(" + and + ") } LIMIT 1");
        clientError(r.statusCode(), r.body(), "20,000 &&");
        long before = Client.quads(served.dataset());
        HttpResponse<String> update = Client.post(served.url() + "rehab/update", "application/sparql-update",
                "DELETE { ?s ?p ?o } WHERE { ?s ?p ?o FILTER(" + and + ") }", "Authorization", Client.login());
        assertEquals(before, Client.quads(served.dataset()), "nothing deleted");
        clientError(update.statusCode(), update.body(), "20,000 && in an update");
    }

    /**
     * Deeper than 256 levels of braces: refused with a reason. The parser overflowed its stack from
     * about 1,100 levels (found by the fuzz run) and Fuseki answered 400 "StackOverflowError"; 300
     * levels ran.
     */
    /** Found by the fuzz run (seed 42): a pattern or flags that do not compile in an update's WHERE were a 500. */
    @ParameterizedTest
    @ValueSource(strings = {
        "DELETE { ?s ?p ?o } WHERE { ?s ?p ?o FILTER(REPLACE(STR(?o), \"a\", \"${n}\", \" \") = \"x\") }",
        "DELETE { ?s ?p ?o } WHERE { ?s ?p ?o FILTER(REGEX(STR(?o), \"[\")) }",
        "DELETE { ?s ?p ?o } WHERE { ?s ?p ?o FILTER(REGEX(STR(?o), UCASE(\"[\"))) }" })
    void aPatternThatDoesNotCompileInAnUpdateIs400(String u) {
        long before = Client.quads(served.dataset());
        HttpResponse<String> r = Client.post(served.url() + "rehab/update", "application/sparql-update", u, "Authorization", Client.login());
        clientError(r.statusCode(), r.body(), u);
        assertEquals(before, Client.quads(served.dataset()), "nothing deleted");
    }

    /**
     * Found by the fuzz run (seed -480561196083497023): Fuseki sent an error message with its length
     * in characters as Content-Length and then its UTF-8 bytes, so a message quoting a character
     * beyond ASCII (here a folded REGEX pattern's) was a 500 "too much content written" and a dropped
     * connection. ARQ's own parse errors escape such characters (\u00e9), so they never showed it.
     */
    @ParameterizedTest
    @ValueSource(strings = { "é", "𝔸", "值" })
    void anErrorQuotingNonAsciiTextIs400WithTheMessage(String text) {
        // A pattern that does not compile once CONCAT is folded: the message quotes it.
        String where = "BIND(REGEX(\"x\", CONCAT(\"" + text + "[\", \"\")) AS ?b)";
        for (String path : new String[] { "rehab/sparql", "rehab/query" }) {
            HttpResponse<String> r = Client.post(served.url() + path, "application/sparql-query", "ASK { " + where + " }");
            clientError(r.statusCode(), r.body(), path);
            assertTrue(r.body().contains("is not a valid regular expression"), r.body());
        }
        String update = "DELETE { ?s ?p ?o } WHERE { ?s ?p ?o " + where + " }";
        HttpResponse<String> r = Client.post(served.url() + "rehab/update", "application/sparql-update", update,
                "Authorization", Client.login());
        clientError(r.statusCode(), r.body(), update);
        assertTrue(r.body().contains("is not a valid regular expression"), r.body());
        assertEquals(200, Client.ping(served.server()), "the server still answers");
    }

    /** Found by the fuzz run (seed -480561196083497023): a format its arguments do not fit was a 500 ("Conversion = '0'"). */
    @ParameterizedTest
    @ValueSource(strings = { "\"%d\", \"x\"", "\"%0\", \"x\"", "\"%s %s\", \"x\"" })
    void aSprintfFormatThatDoesNotFitIsAnUnboundValue(String args) {
        String query = "PREFIX afn: <http://jena.apache.org/ARQ/function#> SELECT ?v ?ok { BIND(afn:sprintf(" + args
                + ") AS ?v) BIND(\"yes\" AS ?ok) }";
        HttpResponse<String> r = Client.post(served.url() + "rehab/sparql", "application/sparql-query", query,
                "Accept", "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("v,ok\r\n,yes\r\n", r.body(), "one row, ?v unbound");
    }

    /**
     * Found by the fuzz run (seed -480561196083497023, queries try 3180): a CONSTRUCT whose template
     * put a blank node in the predicate was a 500 in Turtle and RDF/XML ("… is not a URI node").
     */
    @ParameterizedTest
    @ValueSource(strings = { "text/turtle", "application/rdf+xml", "application/n-triples", "application/ld+json" })
    void aConstructTripleThatIsNoRdfIsLeftOut(String accept) {
        String query = "CONSTRUCT { ?s ?p ?o . <urn:rehabkg:ok> <urn:rehabkg:p> ?o } WHERE { GRAPH ?g { ?p ?s ?o } FILTER(isBlank(?p)) } LIMIT 3";
        HttpResponse<String> r = Client.post(served.url() + "rehab/sparql", "application/sparql-query", query, "Accept", accept);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("urn:rehabkg:ok"), r.body());
        if (accept.equals("application/n-triples"))
            r.body().lines().forEach(line -> assertTrue(line.split(" ")[1].startsWith("<"), "an IRI as predicate: " + line));
    }

    /**
     * Found by the fuzz run (seed -480561196083497023, queries try 176): Jena 6.2.0's parser formats a
     * GROUP_CONCAT separator as a printf pattern, so "%0" in it was a 500 "Conversion = '0'".
     */
    @ParameterizedTest
    @ValueSource(strings = { "%0", "%d", "50%" })
    void aGroupConcatSeparatorJenaCannotReadIs400(String separator) {
        String where = "(GROUP_CONCAT(?s; SEPARATOR=\"" + separator + "\") AS ?x) WHERE { ?s ?p ?o }";
        HttpResponse<String> r = Client.post(served.url() + "rehab/sparql", "application/sparql-query", "SELECT " + where);
        clientError(r.statusCode(), r.body(), separator);
        assertTrue(r.body().contains("could not be read"), r.body());
        r = Client.post(served.url() + "rehab/update", "application/sparql-update",
                "INSERT { <urn:rehabkg:gc> <urn:rehabkg:p> ?x } WHERE { SELECT " + where + " }", "Authorization", Client.login());
        clientError(r.statusCode(), r.body(), separator + " in an update");
    }

    /** Found by the fuzz run (seed 42): an unknown charset on a read path was a 500 ("Unable to parse form content"). */
    @Test
    void anUnknownCharsetOnAReadPathIs415() {
        for (String path : new String[] { "GET /rehab/get?default", "POST /rehab/sparql", "POST /rehab/query" }) {
            Client.RawResponse r = Client.raw(served.server(), path + " HTTP/1.1", "ASK {}".getBytes(StandardCharsets.US_ASCII),
                    "Content-Type: application/sparql-update; charset=\"bad name\"");
            assertEquals(415, r.status(), path + ": " + r.head());
            clientError(r.status(), r.text(), path);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = { 300, 1_100, 5_000, 50_000 })
    void deeplyNestedGroupsAre400WithAReason(int depth) {
        String groups = "{ ".repeat(depth) + "?s ?p ?o" + " }".repeat(depth);
        HttpResponse<String> r = Client.post(served.url() + "rehab/query", "application/sparql-query", "SELECT * WHERE " + groups);
        clientError(r.statusCode(), r.body(), depth + " nested groups");
        assertTrue(r.body().contains("nested too deeply") && !r.body().contains("StackOverflow"), r.body());
        long before = Client.quads(served.dataset());
        HttpResponse<String> update = Client.post(served.url() + "rehab/update", "application/sparql-update",
                "DELETE { ?s ?p ?o } WHERE " + groups, "Authorization", Client.login());
        assertEquals(before, Client.quads(served.dataset()), "nothing deleted");
        clientError(update.statusCode(), update.body(), depth + " nested groups in an update");
        assertTrue(update.body().contains("nested too deeply") && !update.body().contains("StackOverflow"), update.body());
    }

    @ParameterizedTest
    @ValueSource(strings = { "Basic !!!notbase64", "Basic ", "Basic " + "bm9jb2xvbg==" /* "nocolon" */, "Basic" })
    void aMalformedAuthorizationHeaderIs400OnReadsAndWrites(String header) {
        HttpResponse<String> read = Http.get(served.url() + "rehab/sparql?query=" + enc("ASK {}"), "Authorization", header);
        clientError(read.statusCode(), read.body(), "read with " + header);
        HttpResponse<String> write = Client.post(served.url() + "rehab/update", "application/sparql-update",
                "INSERT DATA { <urn:a> <urn:b> <urn:c> }", "Authorization", header);
        clientError(write.statusCode(), write.body(), "write with " + header);
    }

    /** Five failures in a row cost nothing; after them each attempt waits longer, and a good login still works. */
    @Test
    void failedLoginsAreSlowedPerClient() {
        String wrong = Http.basic(Client.USER, "guess");
        long slowest = 0;
        for (int i = 0; i < 8; i++) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = Client.post(served.url() + "rehab/update", "application/sparql-update",
                    "INSERT DATA { <urn:a> <urn:b> <urn:c> }", "Authorization", wrong);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertEquals(401, r.statusCode());
            if (i == 7)
                slowest = ms;
        }
        assertTrue(slowest >= 400, "the 8th failed login answered in " + slowest + " ms");
        HttpResponse<String> good = Client.post(served.url() + "rehab/update", "application/sparql-update",
                "INSERT DATA { <urn:rehabkg:login> <urn:rehabkg:ok> true }", "Authorization", Client.login());
        assertEquals(2, good.statusCode() / 100, good.body());
        long t0 = System.nanoTime();
        Client.post(served.url() + "rehab/update", "application/sparql-update", "INSERT DATA { <urn:a> <urn:b> <urn:c> }", "Authorization", wrong);
        assertTrue((System.nanoTime() - t0) / 1_000_000 < 400, "after a good login the count starts again");
    }
}
