package org.rehabkg.graph;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * The download files of a dataset, written into one folder: every graph as gzipped N-Quads, the
 * default graph (everything, with the inferences) as Turtle and as RDF/XML for OWL tools, the SSSOM
 * mapping sets as they are, and {@value #CHECKSUMS} in {@code sha256sum} format. Each file appears
 * whole: it is written under a temporary name, then moved.
 */
public final class DumpFiles {
    public static final String NQUADS = "rehabkg.nq.gz";
    public static final String TURTLE = "rehabkg.ttl";
    public static final String OWL = "rehabkg.owl";
    public static final String CHECKSUMS = "SHA256SUMS";
    /** The RDF dumps, each the whole graph. */
    public static final List<String> RDF = List.of(NQUADS, TURTLE, OWL);

    private DumpFiles() {}

    /**
     * @param leaveOut named graphs not to dump (e.g. one describing a particular server)
     * @param sssom    mapping sets by file name ({@link MappingSets#read})
     * @return the names of the files written, {@value #CHECKSUMS} last
     */
    public static List<String> write(DatasetGraph dataset, Set<Node> leaveOut, Map<String, byte[]> sssom, Path dir) {
        List<String> sums = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Txn.executeRead(dataset, () -> {
            sums.add(write(dir, NQUADS, out -> {
                try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
                    StreamRDF quads = StreamRDFWriter.getWriterStream(gz, RDFFormat.NQUADS);
                    quads.start();
                    dataset.find().forEachRemaining(q -> {
                        if (q.isDefaultGraph() || !leaveOut.contains(q.getGraph()))
                            quads.quad(q);
                    });
                    quads.finish();
                }
            }));
            sums.add(write(dir, TURTLE, out -> RDFDataMgr.write(out, dataset.getDefaultGraph(), RDFFormat.TURTLE_BLOCKS)));
            sums.add(write(dir, OWL, out -> RDFDataMgr.write(out, dataset.getDefaultGraph(), RDFFormat.RDFXML_PLAIN)));
        });
        names.addAll(RDF);
        sssom.forEach((name, bytes) -> {
            sums.add(write(dir, name, out -> out.write(bytes)));
            names.add(name);
        });
        write(dir, CHECKSUMS, out -> out.write(String.join("", sums).getBytes(StandardCharsets.UTF_8)));
        names.add(CHECKSUMS);
        return names;
    }

    private interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes one file aside, then moves it into place; returns its {@code sha256sum} line. */
    private static String write(Path dir, String name, Body body) {
        Path part = dir.resolve("." + name + ".part");
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(part), sha)) {
                body.writeTo(out);
            }
            Files.move(part, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return HexFormat.of().formatHex(sha.digest()) + "  " + name + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir.resolve(name) + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
