package org.rehabkg.server.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rehabkg.server.Http.enc;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rehabkg.server.Http;
import org.rehabkg.server.TestServer;

/**
 * A regular expression that becomes a constant only when ARQ's optimizer folds the expressions around
 * it ({@code UCASE("[")}, {@code CONCAT("\\", "")}) and does not compile is a malformed query, as a
 * literal one is: 400 with a short message naming no Java class, not 500 (found by the fuzz run).
 */
class FoldedPatternTest {
    @RegisterExtension
    static final TestServer served = TestServer.readOnly();

    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT ?x { BIND(REGEX(\"a\", UCASE(\"[\")) AS ?x) }",
        "SELECT * { FILTER(REGEX(\"a\", UCASE(\"[\"))) }",
        "SELECT ?x { BIND(REPLACE(\"a\", CONCAT(\"\\\\\", \"\"), \"x\") AS ?x) }",
        "SELECT * { FILTER(REPLACE(\"a\", CONCAT(\"(\", \"\"), \"x\") = \"a\") }",
        "SELECT ?x { BIND(REGEX(\"a\", \"a\", UCASE(\"z\")) AS ?x) }",
        "SELECT * { FILTER NOT EXISTS { FILTER(REGEX(\"a\", LCASE(\"[\"))) } }",
        // Flags that are no flags, found by the fuzz run (a 500 "Only 'smixq' are legal as pattern flags"; with
        // U+FFFD the message broke the status line), in each query form.
        "ASK { BIND(REGEX(\"a\", UCASE(\"[\"), \" \") AS ?b) }",
        "SELECT ?b { BIND(REGEX(\"a\", UCASE(\"[\"), \" \") AS ?b) }",
        "ASK { BIND(REGEX(\"a\", UCASE(\"[\")) AS ?b) }",
        "SELECT * { FILTER(REGEX(\"a\", \"a\", \"\\ufffd\")) }",
        // A literal pattern, refused by ARQ's parser: the same short message.
        "SELECT * { FILTER(REGEX(\"a\", \"[\")) }" })
    void aPatternThatDoesNotCompileIsAMalformedQuery(String q) {
        HttpResponse<String> r = Http.get(served.url() + "rehab/sparql?query=" + enc(q), "Accept", "application/sparql-results+json");
        assertEquals(400, r.statusCode(), r.body());
        assertFalse(r.body().contains("java.") || r.body().contains("Exception"), r.body());
        assertTrue(r.body().contains("regular expression") || r.body().contains("flag"), r.body());
        assertEquals(200, Client.ping(served.server()));
    }
}
