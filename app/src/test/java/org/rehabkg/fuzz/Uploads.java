package org.rehabkg.fuzz;

import static org.rehabkg.fuzz.Gen.weighted;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

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

    static Gen<Doc> valid() {
        return Gen.of(new Doc("text/turtle", TURTLE), new Doc("application/n-triples", NTRIPLES), new Doc("application/trig", TRIG),
                new Doc("application/ld+json", JSONLD), new Doc("application/rdf+xml", RDFXML), new Doc("application/n-quads", NTRIPLES));
    }

    static Gen<String> charset() {
        return Gen.of("", "; charset=utf-8", "; charset=UTF-16", "; charset=utf-16le", "; charset=iso-8859-1", "; charset=x-unknown",
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

    static Gen<Upload> direct() {
        Gen<String> method = Gen.of("PUT", "POST");
        Gen<Doc> mutated = Gen.combine(valid(), Gen.ints(0, 1),
                (d, mutate) -> mutate == 0 ? Gen.just(d) : Mutations.of(Gen.just(d.text()), 4).map(t -> new Doc(d.contentType(), t))).flatMap(g -> g);
        Gen<Upload> text = Gen.combine(method, mutated, charset(), Gen.ints(0, 3).map(c -> c == 3 ? 1 : 0),
                (m, d, cs, cut) -> new Upload(m, d.contentType() + cs, encode(d.text(), cs, cut), false, cut > 0 ? "cut by a byte" : "text"));
        Gen<Upload> binary = Gen.combine(method, Gen.of("application/rdf+thrift", "application/rdf+protobuf",
                        "application/octet-stream", "application/x-binary-rdf", "text/turtle"),
                Gen.bytes(300),
                (m, ct, b) -> new Upload(m, ct, b, false, "random bytes"));
        Gen<Upload> deep = Gen.combine(method, Gen.of("text/turtle", "application/ld+json", "application/rdf+xml",
                        "application/trig"), Gen.biasedInts(1, 60_000),
                (m, ct, n) -> new Upload(m, ct, deeplyNested(ct, n).getBytes(StandardCharsets.UTF_8), false, n + " deep"));
        Gen<Upload> oddType = Gen.combine(method, Gen.of("", "text/plain", "text/html", "*/*", "text/turtle; x=",
                        "application/sparql-update", "multipart/form-data", "multipart/form-data; boundary=", "text/turtle, application/ld+json",
                        "application/json", "application/ld+json; profile=\"http://www.w3.org/ns/json-ld#expanded\""), valid(),
                (m, ct, d) -> new Upload(m, ct, d.text().getBytes(StandardCharsets.UTF_8), false, "odd content type"));
        return Gen.frequency(weighted(6, text), weighted(2, binary), weighted(1, deep), weighted(2, oddType));
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
    static Gen<Upload> multipart() {
        Gen<String> disposition = Gen.of("form-data; name=\"file\"; filename=\"a.ttl\"", "form-data; name=\"file\"; filename=\"a.jsonld\"",
                "form-data; name=\"file\"", "form-data; name=\"file\"; filename=\"../../etc/passwd\"", "attachment", "",
                "form-data; name=\"file\"; filename=\"a.rdf\"; filename*=UTF-8''%E2%82%AC.ttl");
        Gen<String> partType = Gen.of("text/turtle", "application/ld+json", "application/rdf+xml", "application/rdf+thrift", "",
                "text/plain", "text/turtle; charset=utf-16");
        Gen<String> part = Gen.combine(disposition, partType, Gen.oneOf(valid().map(Doc::text),
                        Mutations.of(valid().map(Doc::text), 3)),
                (d, t, body) -> (d.isEmpty() ? "" : "Content-Disposition: " + d + "\r\n") + (t.isEmpty() ? "" : "Content-Type: " + t + "\r\n")
                        + "\r\n" + body);
        Gen<String> ending = Gen.of("\r\n--" + BOUNDARY + "--\r\n", "\r\n--" + BOUNDARY + "\r\n", "", "\r\n--" + BOUNDARY + "--",
                "\r\n--wrongBoundary--\r\n");
        return Gen.combine(Gen.of("POST", "PUT"), part.list(1, 2), ending,
                        Gen.of("multipart/form-data; boundary=" + BOUNDARY, "multipart/mixed; boundary=" + BOUNDARY,
                                "multipart/form-data; boundary=\"" + BOUNDARY + "\"", "multipart/form-data"),
                (m, parts, end, ct) -> {
                    ByteArrayOutputStream b = new ByteArrayOutputStream();
                    for (String p : parts)
                        b.writeBytes(("--" + BOUNDARY + "\r\n" + p + (parts.size() > 1 ? "\r\n" : "")).getBytes(StandardCharsets.UTF_8));
                    b.writeBytes(end.getBytes(StandardCharsets.UTF_8));
                    return new Upload(m, ct, b.toByteArray(), true, parts.size() + " parts");
                });
    }

    static Gen<Upload> upload() {
        return Gen.frequency(weighted(3, direct()), weighted(1, multipart()));
    }
}
