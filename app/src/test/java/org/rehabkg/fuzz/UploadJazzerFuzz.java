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
 * The input's first byte picks the media type ({@link #TYPES}), the rest is the body.
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
    static final long LIMIT_MS = 5_000;

    /** One valid document per media type, in the order of {@link #TYPES}. */
    static Stream<Arguments> seeds() {
        List<String> docs = List.of(Uploads.TURTLE, Uploads.JSONLD, Uploads.NTRIPLES, Uploads.TRIG, Uploads.NTRIPLES, Uploads.RDFXML);
        return IntStream.range(0, docs.size()).mapToObj(i -> {
            byte[] text = docs.get(i).getBytes(UTF_8);
            byte[] input = new byte[text.length + 1];
            input[0] = (byte) i;
            System.arraycopy(text, 0, input, 1, text.length);
            return Arguments.of((Object) input);
        });
    }

    @MethodSource("seeds")
    @FuzzTest(maxDuration = "20s")
    void uploadsAreCheckedWithoutFailing(byte[] input) {
        if (input.length == 0)
            return;
        String type = TYPES.get(Math.floorMod(input[0], TYPES.size()));
        byte[] body = Arrays.copyOfRange(input, 1, input.length);
        String shown = type + " " + new String(body, ISO_8859_1);
        long start = System.nanoTime();
        String refusal = ServerGuards.uploadRefusal(body, type);
        if (refusal != null)
            JazzerFindings.messageWithoutJava(new String(body, UTF_8), "the upload check", refusal);
        JazzerFindings.inTime(shown, start, LIMIT_MS);
    }
}
