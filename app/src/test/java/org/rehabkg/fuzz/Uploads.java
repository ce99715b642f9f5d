package org.rehabkg.fuzz;

import static net.jqwik.api.Tuple.of;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Graph Store uploads: valid documents in each RDF syntax the server reads, token-mutated, deeply
 * nested, cut short, in odd charsets, as garbage for the binary syntaxes, and the same wrapped in a
 * multipart form.
 */
final class Uploads {
    /** An upload: how it is sent and what; {@code description} says how the body was made, for the report. */
    record Upload(String method, String contentType, byte[] body, boolean multipart, String description) {
        @Override
        public String toString() {
            return method + (multipart ? " multipart" : "") + " Content-Type: " + contentType + " (" + description + ") body: "
                    + Rules.abbreviate(new String(body, StandardCharsets.ISO_8859_1));
        }
    }

    private Uploads() {}

    static final String TURTLE = """
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix ex: <urn:rehabkg:fuzz:> .
            ex:a rdfs:label "a label"@en ; ex:n 42 ; ex:list ( 1 2 [ ex:b "c" ] ) .
            ex:b ex:p ex:a , "x"^^<http://www.w3.org/2001/XMLSchema#integer> , \"""long
            text\""" .
            """;
    static final String NTRIPLES = "<urn:rehabkg:fuzz:a> <urn:rehabkg:fuzz:p> \"o\\u00e9\" .\n_:b <urn:rehabkg:fuzz:p> <urn:rehabkg:fuzz:a> .\n";
    static final String TRIG = "<urn:rehabkg:fuzz:g> { <urn:rehabkg:fuzz:a> <urn:rehabkg:fuzz:p> 1 . }\n";
    static final String JSONLD = """
            {"@context": {"p": "urn:rehabkg:fuzz:p", "x": {"@id": "urn:rehabkg:fuzz:x", "@type": "@id"}},
             "@id": "urn:rehabkg:fuzz:a", "p": ["o", {"@value": "2", "@type": "http://www.w3.org/2001/XMLSchema#integer"}],
             "x": {"@id": "urn:rehabkg:fuzz:b", "p": {"@list": [1, 2]}}}
            """;
    static final String RDFXML = """
            <?xml version="1.0"?>
            <!DOCTYPE rdf:RDF [ <!ENTITY ex "urn:rehabkg:fuzz:"> ]>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="urn:rehabkg:fuzz:">
              <rdf:Description rdf:about="&ex;a"><ex:p xml:lang="en">o</ex:p><ex:q rdf:resource="&ex;b"/></rdf:Description>
            </rdf:RDF>
            """;

    record Doc(String contentType, String text) {}

    static Arbitrary<Doc> valid() {
        return Arbitraries.of(new Doc("text/turtle", TURTLE), new Doc("application/n-triples", NTRIPLES), new Doc("application/trig", TRIG),
                new Doc("application/ld+json", JSONLD), new Doc("application/rdf+xml", RDFXML), new Doc("application/n-quads", NTRIPLES));
    }

    static Arbitrary<String> charset() {
        return Arbitraries.of("", "; charset=utf-8", "; charset=UTF-16", "; charset=utf-16le", "; charset=iso-8859-1", "; charset=x-unknown",
                "; charset=", "; charset=\"utf-8\"", "; charset=utf-32", "; q=0.1");
    }

    /** The text in the charset the header names (or UTF-8 when it names none the JDK knows), sometimes cut short. */
    static byte[] encode(String text, String charsetParameter, int cut) {
        Charset cs = StandardCharsets.UTF_8;
        String name = charsetParameter.replaceAll(".*charset=\"?([^\";]*)\"?.*", "$1");
        if (charsetParameter.contains("charset=") && !name.isEmpty() && Charset.isSupported(name))
            cs = Charset.forName(name);
        byte[] b = text.getBytes(cs);
        return cut <= 0 || cut >= b.length ? b : java.util.Arrays.copyOf(b, b.length - cut);
    }

    static Arbitrary<Upload> direct() {
        Arbitrary<String> method = Arbitraries.of("PUT", "POST");
        Arbitrary<Doc> mutated = Combinators.combine(valid(), Arbitraries.integers().between(0, 1))
                .flatAs((d, mutate) -> mutate == 0 ? Arbitraries.just(d) : Mutations.of(Arbitraries.just(d.text()), 4).map(t -> new Doc(d.contentType(), t)));
        Arbitrary<Upload> text = Combinators.combine(method, mutated, charset(), Arbitraries.integers().between(0, 3).withDistribution(
                net.jqwik.api.RandomDistribution.uniform()).map(c -> c == 3 ? 1 : 0))
                .as((m, d, cs, cut) -> new Upload(m, d.contentType() + cs, encode(d.text(), cs, cut), false, cut > 0 ? "cut by a byte" : "text"));
        Arbitrary<Upload> binary = Combinators.combine(method, Arbitraries.of("application/rdf+thrift", "application/rdf+protobuf",
                        "application/octet-stream", "application/x-binary-rdf", "text/turtle"),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(300))
                .as((m, ct, b) -> new Upload(m, ct, b, false, "random bytes"));
        Arbitrary<Upload> deep = Combinators.combine(method, Arbitraries.of("text/turtle", "application/ld+json", "application/rdf+xml",
                        "application/trig"), Arbitraries.integers().between(1, 60_000).withDistribution(net.jqwik.api.RandomDistribution.biased()))
                .as((m, ct, n) -> new Upload(m, ct, deeplyNested(ct, n).getBytes(StandardCharsets.UTF_8), false, n + " deep"));
        Arbitrary<Upload> oddType = Combinators.combine(method, Arbitraries.of("", "text/plain", "text/html", "*/*", "text/turtle; x=",
                        "application/sparql-update", "multipart/form-data", "multipart/form-data; boundary=", "text/turtle, application/ld+json",
                        "application/json", "application/ld+json; profile=\"http://www.w3.org/ns/json-ld#expanded\""), valid())
                .as((m, ct, d) -> new Upload(m, ct, d.text().getBytes(StandardCharsets.UTF_8), false, "odd content type"));
        return Arbitraries.frequencyOf(of(6, text), of(2, binary), of(1, deep), of(2, oddType));
    }

    static String deeplyNested(String contentType, int n) {
        return switch (contentType) {
            case "application/ld+json" -> "{\"urn:rehabkg:fuzz:p\": ".repeat(n) + "\"x\"" + "}".repeat(n);
            case "application/rdf+xml" -> "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:ex=\"urn:rehabkg:fuzz:\"><rdf:Description>"
                    + "<ex:p><rdf:Description>".repeat(Math.min(n, 20_000)) + "</rdf:Description></ex:p>".repeat(Math.min(n, 20_000))
                    + "</rdf:Description></rdf:RDF>";
            case "application/trig" -> "<urn:g> { <urn:a> <urn:p> " + "[ <urn:p> ".repeat(n) + "1" + " ]".repeat(n) + " . }";
            default -> "<urn:a> <urn:p> " + "( ".repeat(n) + "1" + " )".repeat(n) + " .";
        };
    }

    static final String BOUNDARY = "fuzzBoundary7MA4YWxk";

    /** A multipart form (as HTML upload forms send) with one or two parts, their headers fuzzed too. */
    static Arbitrary<Upload> multipart() {
        Arbitrary<String> disposition = Arbitraries.of("form-data; name=\"file\"; filename=\"a.ttl\"", "form-data; name=\"file\"; filename=\"a.jsonld\"",
                "form-data; name=\"file\"", "form-data; name=\"file\"; filename=\"../../etc/passwd\"", "attachment", "",
                "form-data; name=\"file\"; filename=\"a.rdf\"; filename*=UTF-8''%E2%82%AC.ttl");
        Arbitrary<String> partType = Arbitraries.of("text/turtle", "application/ld+json", "application/rdf+xml", "application/rdf+thrift", "",
                "text/plain", "text/turtle; charset=utf-16");
        Arbitrary<String> part = Combinators.combine(disposition, partType, Arbitraries.oneOf(valid().map(Doc::text),
                        Mutations.of(valid().map(Doc::text), 3)))
                .as((d, t, body) -> (d.isEmpty() ? "" : "Content-Disposition: " + d + "\r\n") + (t.isEmpty() ? "" : "Content-Type: " + t + "\r\n")
                        + "\r\n" + body);
        Arbitrary<String> ending = Arbitraries.of("\r\n--" + BOUNDARY + "--\r\n", "\r\n--" + BOUNDARY + "\r\n", "", "\r\n--" + BOUNDARY + "--",
                "\r\n--wrongBoundary--\r\n");
        return Combinators.combine(Arbitraries.of("POST", "PUT"), part.list().ofMinSize(1).ofMaxSize(2), ending,
                        Arbitraries.of("multipart/form-data; boundary=" + BOUNDARY, "multipart/mixed; boundary=" + BOUNDARY,
                                "multipart/form-data; boundary=\"" + BOUNDARY + "\"", "multipart/form-data"))
                .as((m, parts, end, ct) -> {
                    ByteArrayOutputStream b = new ByteArrayOutputStream();
                    for (String p : parts)
                        b.writeBytes(("--" + BOUNDARY + "\r\n" + p + (parts.size() > 1 ? "\r\n" : "")).getBytes(StandardCharsets.UTF_8));
                    b.writeBytes(end.getBytes(StandardCharsets.UTF_8));
                    return new Upload(m, ct, b.toByteArray(), true, parts.size() + " parts");
                });
    }

    static Arbitrary<Upload> upload() {
        return Arbitraries.frequencyOf(of(3, direct()), of(1, multipart()));
    }
}
