package org.rehabkg.fuzz;

import static org.rehabkg.fuzz.Gen.weighted;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/** Request headers as careless clients and attackers send them, and whole raw requests built from them. */
final class Headers {
    private Headers() {}

    static final List<String> MEDIA_TYPES = List.of("application/sparql-results+json", "application/sparql-results+xml", "text/csv",
            "text/tab-separated-values", "text/turtle", "application/ld+json", "application/rdf+xml", "application/n-triples", "text/plain",
            "text/n3", "text/html", "application/xhtml+xml", "application/json", "application/xml", "*/*", "text/*", "application/*",
            "application/rdf+thrift", "application/rdf+protobuf", "image/png", "", "*", "/", "text/", ";", "application/sparql-results+json;q=0",
            "text/turtle;q=1.5", "text/html;q=-1", "text/turtle;q=abc", "text/turtle;charset=utf-16", "application/x-trig");

    /** Accept: one or several media types with q-values, a long list, or mutated. */
    static Gen<String> accept() {
        Gen<String> one = Gen.combine(Gen.of(MEDIA_TYPES), Gen.of("", ";q=0.5", ";q=0", ";q=1", ";level=1", ";q=0.0001"),
                (t, q) -> t + q);
        Gen<String> list = one.list(1, 6).map(l -> String.join(", ", l));
        return Gen.frequency(weighted(5, list), weighted(1, Gen.ints(100, 3000).map(n -> "text/x-" + "a,".repeat(n) + "*/*")),
                weighted(2, Mutations.of(list, 3)));
    }

    /** What java.net.http accepts as a header value (the raw-socket property sends the others). */
    static boolean sendable(String value) {
        return value.chars().allMatch(c -> c == '\t' || (c >= 0x20 && c < 0x7f) || (c >= 0xa0 && c <= 0xff));
    }

    static Gen<String> authorization(String validLogin) {
        return Gen.of("", "Basic", "Basic ", "Basic !!!", "Basic " + b64("nocolon"), "Basic " + b64("fuzz:wrong"), "Basic " + b64(":"),
                "Basic " + b64("fuzz:fuzz-pw:extra"), "Basic " + Base64.getEncoder().encodeToString(new byte[] { (byte) 0xff, (byte) 0xfe, ':', 'x' }),
                "Bearer abc", "Digest username=\"fuzz\"", "Basic " + "A".repeat(20_000), "basic " + validLogin.substring(6), validLogin,
                validLogin + "=", "Basic\t" + validLogin.substring(6), "Négociate");
    }

    static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    static Gen<String> path() {
        String ask = URLEncoder.encode("ASK {}", StandardCharsets.UTF_8);
        return Gen.oneOf(
                Gen.of("/", "/$/ping", "/rehab/sparql?query=" + ask, "/rehab/query?query=" + ask + "&timeout=abc", "/rehab/sparql",
                        "/rehab/update", "/rehab/data?default", "/rehab/data?graph=urn:rehabkg:fuzz:h", "/rehab/data", "/rehab/get?default",
                        "/rehab", "/rehabkg/occupational-therapy", "/rehabkg/occupational-therapy.ttl", "/compare?a=OT&b=PT",
                        "/api/search?q=therap", "/.well-known/void", "/$/metrics", "/$/stats", "/$/datasets", "/rehab/sparql?query=%ff%fe",
                        "/rehab/sparql?query=%zz", "/..%2f..%2fetc/passwd", "/rehabkg/%00", "/rehab/sparql?query=" + ask + "&format=n3",
                        "/rehab/sparql?query=" + ask + "&output=xml&format=json&format=csv", "*", "http://evil.example/", "/rehab/sparql#frag",
                        "/rehab/sparql?" + "a=1&".repeat(5000)),
                Gen.strings("abc/%?&=#;.é\u0001 ", 30).map(s -> "/rehabkg/" + s));
    }

    static Gen<String> body() {
        return Gen.oneOf(Gen.of("", "ASK {}", "query=ASK+%7B%7D", "INSERT DATA { <urn:rehabkg:fuzz:h> <urn:p> 1 }",
                        "<urn:rehabkg:fuzz:h> <urn:p> 1 .", "update=INSERT+DATA+%7B%7D", "{\"@id\":\"urn:x\"}", "x".repeat(70_000)),
                Gen.anyStrings(40));
    }

    /** Content-Length: right, too large, too small, negative, not a number, given twice, or with chunked encoding. */
    static String framing(int variant, int length) {
        return switch (variant) {
            case 0 -> "Content-Length: " + length + "\r\n";
            case 1 -> "Content-Length: " + (length + 10) + "\r\n";
            case 2 -> "Content-Length: " + Math.max(0, length - 3) + "\r\n";
            case 3 -> "Content-Length: -1\r\n";
            case 4 -> "Content-Length: 1e3\r\n";
            case 5 -> "Content-Length: " + length + "\r\nContent-Length: " + (length + 1) + "\r\n";
            case 6 -> "Content-Length: " + length + "\r\nTransfer-Encoding: chunked\r\n";
            case 7 -> "Content-Length: 99999999999999999999\r\n";
            default -> "";
        };
    }

    static Gen<String> rawRequest(String validLogin) {
        Gen<String> method = Gen.of("GET", "POST", "PUT", "DELETE", "HEAD", "OPTIONS", "PATCH", "TRACE", "FOO", "get");
        Gen<String> contentType = Gen.oneOf(Gen.of(MEDIA_TYPES), Gen.of("application/sparql-query",
                "application/sparql-update", "application/x-www-form-urlencoded", "application/x-www-form-urlencoded; charset=utf-16",
                "multipart/form-data; boundary=x", "application/sparql-query; charset=iso-8859-1", "application/sparql-query; charset=x-unknown",
                "application/sparql-update; charset=\"bad name\"", "application/x-www-form-urlencoded; charset=x-unknown"));
        Gen<String> extra = Gen.of("", "Origin: http://evil.example\r\n", "Origin: null\r\n", "Accept-Encoding: gzip, br, zstd\r\n",
                "Expect: 100-continue\r\n", "Range: bytes=0-1,5-9\r\n", "If-None-Match: *\r\n", "X-Forwarded-For: 1.2.3.4\r\n",
                "Cookie: " + "a=b; ".repeat(2000) + "\r\n", "Host: \r\n", "Accept-Charset: utf-16\r\n", "Accept-Language: *;q=x\r\n");
        Gen<String> path = path();
        Gen<String> accept = accept();
        Gen<String> authorization = authorization(validLogin);
        Gen<Integer> framing = Gen.ints(0, 8);
        Gen<String> body = body();
        return r -> {
            String m = method.next(r), p = path.next(r), acc = accept.next(r), ct = contentType.next(r), auth = authorization.next(r);
            int frame = framing.next(r);
            String text = body.next(r), more = extra.next(r);
            byte[] b = text.getBytes(StandardCharsets.UTF_8);
            return m + " " + p + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                    + (acc.isEmpty() ? "" : "Accept: " + acc + "\r\n") + "Content-Type: " + ct + "\r\n"
                    + (auth.isEmpty() ? "" : "Authorization: " + auth + "\r\n") + more + framing(frame, b.length) + "\r\n"
                    + new String(b, StandardCharsets.ISO_8859_1);
        };
    }
}
