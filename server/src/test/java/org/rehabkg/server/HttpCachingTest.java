package org.rehabkg.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rehabkg.server.Http.enc;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.GZIPInputStream;

import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rehabkg.graph.ServedDataset;

/** ETags, 304, Cache-Control, Vary and compression on the read endpoints, over real HTTP. */
class HttpCachingTest {
    static final String ALL = "SELECT * WHERE { ?s ?p ?o } LIMIT 2000";
    static final String ASK = "ASK { ?s ?p ?o }";

    @TempDir
    static Path dir;
    static Dataset dataset;
    static RehabServer server;
    static String base;

    @BeforeAll
    static void start() {
        dataset = ServedDataset.embedded().dataset();
        server = RehabServer.builder().dataset(dataset).port(0).cacheMaxAge(Duration.ofSeconds(77)).build().start();
        base = server.url();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    static HttpResponse<byte[]> get(String url, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).GET();
        if (headers.length > 0)
            b.headers(headers);
        try {
            return Http.CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElse(null);
    }

    static String vary(HttpResponse<?> r) {
        return String.join(", ", r.headers().allValues("Vary"));
    }

    static String sparql(String query) {
        return base + "rehab/sparql?query=" + enc(query);
    }

    /** A 200 with a strong ETag and the server's Cache-Control, then a 304 with no body when revalidated. */
    static String revalidates(String url, String... headers) {
        HttpResponse<byte[]> first = get(url, headers);
        assertEquals(200, first.statusCode(), url);
        String etag = header(first, "ETag");
        assertTrue(etag != null && etag.startsWith("\"") && etag.endsWith("\""), "a strong ETag on " + url + ": " + etag);
        assertEquals("public, max-age=77", header(first, "Cache-Control"), url);
        String[] conditional = new String[headers.length + 2];
        System.arraycopy(headers, 0, conditional, 0, headers.length);
        conditional[headers.length] = "If-None-Match";
        conditional[headers.length + 1] = etag;
        HttpResponse<byte[]> again = get(url, conditional);
        assertEquals(304, again.statusCode(), url);
        assertEquals(0, again.body().length);
        assertEquals(etag, header(again, "ETag"));
        HttpResponse<byte[]> other = get(url, headers.length == 0 ? new String[] { "If-None-Match", "\"something-else\"" } : conditional(headers));
        assertEquals(200, other.statusCode(), "another ETag is not a match");
        return etag;
    }

    private static String[] conditional(String[] headers) {
        String[] h = new String[headers.length + 2];
        System.arraycopy(headers, 0, h, 0, headers.length);
        h[headers.length] = "If-None-Match";
        h[headers.length + 1] = "\"something-else\"";
        return h;
    }

    @Test
    void aSparqlGetRevalidatesAndItsEtagDependsOnQueryAndAccept() {
        String json = revalidates(sparql(ALL), "Accept", "application/sparql-results+json");
        String xml = revalidates(sparql(ALL), "Accept", "application/sparql-results+xml");
        String other = revalidates(sparql(ASK), "Accept", "application/sparql-results+json");
        assertNotEquals(json, xml);
        assertNotEquals(json, other);
        HttpResponse<byte[]> r = get(sparql(ALL), "Accept", "application/sparql-results+json");
        assertEquals(json, header(r, "ETag"), "the same request, the same ETag");
        assertTrue(vary(r).contains("Accept"), vary(r));
        assertFalse(r.headers().allValues("Cache-Control").stream().anyMatch(v -> v.contains("no-store")),
                    "Fuseki's no-store is overruled: " + r.headers().allValues("Cache-Control"));
    }

    @Test
    void everyReadEndpointRevalidates() {
        revalidates(base + ".well-known/void", "Accept", "text/turtle");
        revalidates(base + "rehab/get?default", "Accept", "text/turtle");
        revalidates(base + "rehabkg/occupational-therapy");
        revalidates(base + "rehabkg/mappings/mesh.sssom.tsv");
        revalidates(base + "compare?a=occupational-therapy&b=physical-therapy");
        revalidates(base);
    }

    @Test
    void pagesVaryByLanguage() {
        String page = base + "rehabkg/occupational-therapy";
        String en = revalidates(page, "Accept-Language", "en");
        String de = revalidates(page, "Accept-Language", "de");
        assertNotEquals(en, de);
        assertTrue(vary(get(page)).contains("Accept-Language"), vary(get(page)));
    }

    @Test
    void postedQueriesAndErrorsAreNotCacheable() {
        HttpResponse<String> post = Http.post(base + "rehab/sparql", "application/sparql-query", ASK);
        assertEquals(200, post.statusCode());
        assertTrue(post.headers().firstValue("ETag").isEmpty());
        assertTrue(post.headers().allValues("Cache-Control").stream().anyMatch(v -> v.contains("no-store")));
        HttpResponse<byte[]> bad = get(sparql("SELECT nonsense"));
        assertEquals(400, bad.statusCode());
        assertTrue(bad.headers().firstValue("ETag").isEmpty());
        assertTrue(header(bad, "Cache-Control").contains("no-store"), header(bad, "Cache-Control"));
    }

    @Test
    void answersAreGzippedForClientsThatAsk() throws IOException {
        String url = sparql(ALL);
        HttpResponse<byte[]> plain = get(url, "Accept", "text/csv");
        assertEquals(null, header(plain, "Content-Encoding"));
        HttpResponse<byte[]> gzipped = get(url, "Accept", "text/csv", "Accept-Encoding", "gzip");
        assertEquals("gzip", header(gzipped, "Content-Encoding"));
        assertTrue(gzipped.body().length * 3 < plain.body().length, gzipped.body().length + " vs " + plain.body().length);
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
            assertArrayEquals(plain.body(), in.readAllBytes());
        }
        assertTrue(vary(gzipped).contains("Accept-Encoding") && vary(gzipped).contains("Accept"), vary(gzipped));
        assertNotEquals(header(plain, "ETag"), header(gzipped, "ETag"), "each encoding is its own representation");
        HttpResponse<byte[]> again = get(url, "Accept", "text/csv", "Accept-Encoding", "gzip", "If-None-Match", header(gzipped, "ETag"));
        assertEquals(304, again.statusCode());

    }

    @Test
    void inWriteModeEveryAcceptedWriteMakesANewVersionAndNothingIsStored() throws IOException {
        Path passwd = Files.writeString(dir.resolve("passwd"), "editor: s3cret\n");
        RehabServer writable = RehabServer.builder().dataset(ServedDataset.embedded().dataset()).port(0)
                                          .update(true).passwordFile(passwd).build().start();
        try {
            String url = writable.url() + "rehab/sparql?query=" + enc(ASK);
            HttpResponse<byte[]> before = get(url);
            assertEquals(HttpCaching.NO_STORE, header(before, "Cache-Control"));
            String etag = header(before, "ETag");
            assertEquals(304, get(url, "If-None-Match", etag).statusCode());
            HttpResponse<String> write = Http.post(writable.url() + "rehab/update", "application/sparql-update",
                    "INSERT DATA { <urn:rehabkg:test> <urn:rehabkg:marker> \"x\" }", "Authorization", Http.basic("editor", "s3cret"));
            assertTrue(write.statusCode() < 300, write.body());
            HttpResponse<byte[]> after = get(url, "If-None-Match", etag);
            assertEquals(200, after.statusCode(), "an answer from before the write is not current");
            assertNotEquals(etag, header(after, "ETag"));
            HttpResponse<byte[]> withLogin = get(url, "Authorization", Http.basic("editor", "s3cret"));
            assertEquals(HttpCaching.NO_STORE, header(withLogin, "Cache-Control"));
            assertTrue(withLogin.headers().firstValue("ETag").isEmpty());
            assertEquals(404, get(writable.url() + "dumps/").statusCode(), "no release files where writes change the data");
        } finally {
            writable.stop();
        }
    }
}
