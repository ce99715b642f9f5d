package org.rehabkg.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rehabkg.server.HttpCachingTest.get;
import static org.rehabkg.server.HttpCachingTest.header;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rehabkg.graph.DumpFiles;
import org.rehabkg.graph.ServedDataset;

/** The release files at /dumps/: complete, checksummed, cacheable and rangeable, listed in the VoID and on the home page. */
class DumpsTest {
    static Dataset dataset;
    static RehabServer server;
    static String dumps;
    static HttpResponse<byte[]> firstRequest;

    @BeforeAll
    static void start() {
        dataset = ServedDataset.embedded().dataset();
        server = RehabServer.builder().dataset(dataset).port(0).build().start();
        dumps = server.url() + "dumps/";
        firstRequest = get(dumps + DumpFiles.CHECKSUMS);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void theFirstRequestWaitsForTheFilesAndGetsThem() {
        assertEquals(200, firstRequest.statusCode());
        assertEquals(new String(get(dumps + DumpFiles.CHECKSUMS).body(), StandardCharsets.UTF_8),
                new String(firstRequest.body(), StandardCharsets.UTF_8));
        assertTrue(new String(firstRequest.body(), StandardCharsets.UTF_8).contains(DumpFiles.NQUADS));
    }

    @Test
    void theNQuadsDumpIsTheServedDataWithoutTheServersDescription() throws IOException {
        HttpResponse<byte[]> r = get(dumps + DumpFiles.NQUADS);
        assertEquals(200, r.statusCode());
        DatasetGraph parsed = DatasetGraphFactory.create();
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(r.body()))) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(parsed);
        }
        DatasetGraph served = dataset.asDatasetGraph();
        long expected = Txn.calculateRead(served, () -> served.stream().filter(q -> !q.getGraph().equals(VoidDescription.GRAPH)).count());
        assertEquals(expected, parsed.stream().count());
        assertTrue(parsed.getGraph(VoidDescription.GRAPH).isEmpty());
        Graph turtle = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(get(dumps + DumpFiles.TURTLE).body())).lang(Lang.TURTLE).parse(turtle);
        assertEquals((long) Txn.calculateRead(served, () -> served.getDefaultGraph().size()), turtle.size());
        Graph owl = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(get(dumps + DumpFiles.OWL).body())).lang(Lang.RDFXML).parse(owl);
        assertEquals(turtle.size(), owl.size());
    }

    @Test
    void theChecksumsMatchEveryFile() throws NoSuchAlgorithmException {
        String sums = new String(get(dumps + DumpFiles.CHECKSUMS).body(), StandardCharsets.UTF_8);
        String[] lines = sums.split("\n");
        assertTrue(lines.length >= 4 && sums.contains("mesh.sssom.tsv"), sums);
        for (String line : lines) {
            String[] parts = line.split("  ", 2);
            HttpResponse<byte[]> file = get(dumps + parts[1]);
            assertEquals(200, file.statusCode(), parts[1]);
            assertEquals(parts[0], HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file.body())), parts[1]);
        }
    }

    @Test
    void filesRevalidateAndServeByteRanges() {
        HttpResponse<byte[]> whole = get(dumps + DumpFiles.TURTLE);
        String etag = header(whole, "ETag");
        assertNotNull(etag);
        assertNotNull(header(whole, "Last-Modified"));
        assertTrue(header(whole, "Cache-Control").startsWith("public, max-age="), header(whole, "Cache-Control"));
        assertEquals(304, get(dumps + DumpFiles.TURTLE, "If-None-Match", etag).statusCode());
        assertEquals(304, get(dumps + DumpFiles.TURTLE, "If-Modified-Since", header(whole, "Last-Modified")).statusCode());
        HttpResponse<byte[]> part = get(dumps + DumpFiles.TURTLE, "Range", "bytes=100-199");
        assertEquals(206, part.statusCode());
        assertEquals("bytes 100-199/" + whole.body().length, header(part, "Content-Range"));
        assertArrayEquals(Arrays.copyOfRange(whole.body(), 100, 200), part.body());
    }

    @Test
    void theFilesAreListedInTheFolderTheVoidAndTheHomePage() {
        String listing = new String(get(dumps).body(), StandardCharsets.UTF_8);
        for (String name : DumpFiles.RDF)
            assertTrue(listing.contains(name), listing);
        String voidTtl = new String(get(server.url() + ".well-known/void", "Accept", "text/turtle").body(), StandardCharsets.UTF_8);
        for (String name : DumpFiles.RDF)
            assertTrue(voidTtl.contains(dumps + name), voidTtl);
        assertTrue(new String(get(server.url()).body(), StandardCharsets.UTF_8).contains("/dumps/\""));
    }
}
