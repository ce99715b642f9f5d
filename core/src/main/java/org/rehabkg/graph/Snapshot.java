package org.rehabkg.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;

/**
 * The embedded graph, loaded, materialised and validated once by the build and stored in the jar
 * as RDF Thrift, so that start-up reads one binary file instead of parsing, reasoning and running
 * every rule again. The snapshot is used only while its fingerprint (a SHA-256 of the files under
 * {@code ontology/} and {@code queries/qc/} that decide the graph) matches the embedded files; otherwise the graph is
 * loaded and validated as usual.
 *
 * <p>The build runs {@link #main} at {@code process-classes}; invalid data fails the build there,
 * so a jar never ships a snapshot of data that breaks a rule.
 */
public final class Snapshot {
    static final String FOLDER = "snapshot";
    private static final String DATA = "rehabkg.rt";
    private static final String META = "rehabkg.properties";
    /**
     * The embedded files' fingerprint, taken once per process: the snapshot check takes it at start,
     * and a server's ETags ({@code DatasetVersion}) reuse it instead of reading every file again.
     */
    private static volatile String embeddedFingerprint;

    private Snapshot() {}

    /** {@code Snapshot SOURCE_DIR OUTPUT_DIR}: validates SOURCE_DIR and writes the snapshot; exit 1 on findings. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: Snapshot SOURCE_DIR OUTPUT_DIR");
            System.exit(2);
        }
        DataFolder tree = DataFolder.directory(Path.of(args[0]));
        ServedDataset kg;
        try {
            kg = ServedDataset.load(tree);
        } catch (LoadException e) {
            System.err.println(e.getMessage());
            System.exit(1);
            return;
        }
        List<Finding> findings = Validator.validate(kg, tree);
        if (!findings.isEmpty()) {
            findings.forEach(f -> System.err.println(f.describe(kg.prefixes())));
            System.err.println(findings.size() + " violation(s): no snapshot of invalid data");
            System.exit(1);
        }
        write(kg, fingerprint(tree), Path.of(args[1]));
    }

    static void write(ServedDataset kg, String fingerprint, Path dir) throws IOException {
        Files.createDirectories(dir);
        try (OutputStream out = Files.newOutputStream(dir.resolve(DATA))) {
            Txn.executeRead(kg.dataset(), () -> RDFDataMgr.write(out, kg.dataset().asDatasetGraph(), Lang.RDFTHRIFT));
        }
        Properties meta = new Properties();
        meta.setProperty("fingerprint", fingerprint);
        meta.setProperty("asserted", Long.toString(kg.assertedTriples()));
        meta.setProperty("inferred", Long.toString(kg.inferredTriples()));
        try (OutputStream out = Files.newOutputStream(dir.resolve(META))) {
            meta.store(out, "rehabkg snapshot: the embedded graph as validated by the build");
        }
    }

    /** The validated snapshot of {@code tree}, if the build left one that matches its files. */
    static Optional<ServedDataset> read(DataFolder tree) {
        Path dir = tree.root().resolve(FOLDER);
        Path data = dir.resolve(DATA);
        Path metaFile = dir.resolve(META);
        if (!Files.isRegularFile(data) || !Files.isRegularFile(metaFile))
            return Optional.empty();
        Properties meta = new Properties();
        try (InputStream in = Files.newInputStream(metaFile)) {
            meta.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!fingerprint(tree).equals(meta.getProperty("fingerprint")))
            return Optional.empty();
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        try (InputStream in = Files.newInputStream(data)) {
            Txn.executeWrite(dsg, () -> RDFParser.source(in).lang(Lang.RDFTHRIFT).parse(dsg));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.of(ServedDataset.validated(tree, DatasetFactory.wrap(dsg),
                Long.parseLong(meta.getProperty("asserted")), Long.parseLong(meta.getProperty("inferred"))));
    }

    /**
     * SHA-256 over the names and bytes of the files that decide the graph and its rules: the data
     * files, the SSSOM mapping sets and the prefix map that expands them, the shapes and the QC
     * queries (not the READMEs, which the jar leaves out). The embedded tree's is computed once.
     */
    public static String fingerprint(DataFolder tree) {
        if (!tree.isEmbedded())
            return hash(tree);
        String f = embeddedFingerprint;
        if (f == null)
            embeddedFingerprint = f = hash(tree);   // two threads at once both hash: same answer
        return f;
    }

    private static String hash(DataFolder tree) {
        List<Path> files = new ArrayList<>(ServedDataset.dataFiles(tree));
        files.addAll(SssomMappings.files(tree));
        files.addAll(tree.files("ontology", "context.jsonld"));
        files.addAll(tree.files("ontology", ServedDataset.SHAPES_FILE.substring("ontology/".length())));
        files.addAll(tree.files(Validator.QC_FOLDER, Validator.QC_SUFFIX));
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path file : files) {
                sha.update(tree.displayName(file).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(Files.readAllBytes(tree.resolve(file)));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
