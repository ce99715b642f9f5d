package org.rehabkg.fuzz;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing (Jazzer) of the check every Graph Store upload goes through before Fuseki
 * stores any of it ({@code UploadRules.refusal}: charset, UTF-8, RDF/XML entities, then a whole parse
 * into nothing with the limits on IRIs and literals, JSON-LD without remote documents), in-process.
 * The input's first byte picks the Content-Type: below 128 a media type ({@link #TYPES}) with a charset
 * parameter or none ({@link #CHARSETS}), the rest being the body; from 128 on, the header comes from
 * the input too, as the text up to its first line break (as a client sends it; Jetty passes it on).
 * <p>
 * The property: the check answers (a refusal or null) without throwing, its refusal names no Java
 * class, and it is done within {@value #LIMIT_MS} ms. A throw would be a 500 from the upload filter.
 * <p>
 * Seeds: the documents of {@link Uploads} (one per syntax). Outside the normal suite (the class name
 * ends in Fuzz): {@code bench/fuzz/run.sh --jazzer}.
 */
class UploadJazzerFuzz {
    static final List<String> TYPES = List.of("text/turtle", "application/ld+json", "application/n-triples",
            "application/trig", "application/n-quads", "application/rdf+xml");
    static final List<String> CHARSETS = List.of("", "; charset=utf-8", "; charset=UTF-8", "; charset=UTF-16", "; charset=iso-8859-1",
            "; charset=\"utf-8\"", "; charset=", "; q=0.1");
    static final long LIMIT_MS = 5_000;

    /** One valid document per media type, in the order of {@link #TYPES}; then Turtle with a header of its own. */
    static Stream<Arguments> seeds() {
        List<String> docs = List.of(Uploads.TURTLE, Uploads.JSONLD, Uploads.NTRIPLES, Uploads.TRIG, Uploads.NTRIPLES, Uploads.RDFXML);
        Stream<byte[]> typed = IntStream.range(0, docs.size()).mapToObj(i -> input((byte) i, docs.get(i)));
        return Stream.concat(typed, Stream.of(input((byte) -1, "text/turtle; charset=utf-8; q=0.5\n" + Uploads.TURTLE)))
                .map(input -> Arguments.of((Object) input));
    }

    private static byte[] input(byte first, String rest) {
        byte[] text = rest.getBytes(UTF_8);
        byte[] input = new byte[text.length + 1];
        input[0] = first;
        System.arraycopy(text, 0, input, 1, text.length);
        return input;
    }

    @MethodSource("seeds")
    @FuzzTest(maxDuration = "20s")
    void uploadsAreCheckedWithoutFailing(byte[] input) {
        if (input.length == 0)
            return;
        String type;
        byte[] body;
        if (input[0] >= 0) {
            type = TYPES.get(input[0] % TYPES.size()) + CHARSETS.get(input[0] / TYPES.size() % CHARSETS.size());
            body = Arrays.copyOfRange(input, 1, input.length);
        } else {
            int eol = 1;
            while (eol < input.length && input[eol] != '\n')
                eol++;
            type = new String(input, 1, eol - 1, ISO_8859_1);
            body = Arrays.copyOfRange(input, Math.min(eol + 1, input.length), input.length);
        }
        String shown = type + " " + new String(body, ISO_8859_1);
        long start = System.nanoTime();
        String refusal = ServerGuards.uploadRefusal(body, type);
        if (refusal != null)
            JazzerFindings.messageWithoutJava(new String(body, UTF_8), "the upload check", refusal);
        JazzerFindings.inTime(shown, start, LIMIT_MS);
    }
}
