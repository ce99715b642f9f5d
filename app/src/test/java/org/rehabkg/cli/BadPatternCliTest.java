package org.rehabkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code rehabkg query} with a regular expression that does not compile, written as a literal or
 * folded into a constant by ARQ's optimizer ({@code UCASE("[")}), or with text ARQ's parser fails on
 * otherwise: a malformed query (exit 1, a short message naming no Java class), as the server's 400.
 */
class BadPatternCliTest {
    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT ?x { BIND(REGEX(\"a\", UCASE(\"[\")) AS ?x) }",
        "SELECT * { FILTER(REGEX(\"a\", UCASE(\"[\"))) }",
        "SELECT ?x { BIND(REPLACE(\"a\", CONCAT(\"\\\\\", \"\"), \"x\") AS ?x) }",
        "SELECT * { FILTER(REGEX(\"a\", \"[\")) }" })
    void aPatternThatDoesNotCompileIsAMalformedQuery(String q) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(new String[] { "query", q }, out, err);
        String message = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, exit, message);
        assertTrue(message.startsWith("rehabkg: malformed query") && message.contains("regular expression"), message);
        assertFalse(message.contains("java.") || message.contains("Exception"), message);
    }

    /** Jena 6.2.0 reads a GROUP_CONCAT separator as a printf pattern: "%0" was an "internal error". */
    @ParameterizedTest
    @ValueSource(strings = { "%0", "50%" })
    void aGroupConcatSeparatorJenaCannotReadIsAMalformedQuery(String separator) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(new String[] { "query", "SELECT (GROUP_CONCAT(?s; SEPARATOR=\"" + separator + "\") AS ?x) WHERE { ?s ?p ?o }" }, out, err);
        String message = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, exit, message);
        assertTrue(message.startsWith("rehabkg: malformed query: the query could not be read"), message);
    }
}
