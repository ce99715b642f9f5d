package org.rehabkg.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.rehabkg.graph.DataFolder;
import org.rehabkg.graph.ServedDataset;
import org.rehabkg.graph.tdb.TdbStore;

/**
 * A real server on port 0 over a fresh copy of the embedded graph (in memory, or in TDB2), shared by
 * the tests of one class:
 * started before the first, stopped after the last. Registered as a static field,
 * {@code @RegisterExtension static final TestServer served = TestServer.writable();}, it is started
 * before the class's own {@code @BeforeAll} methods run.
 */
public final class TestServer implements BeforeAllCallback, AfterAllCallback {
    /** The one user a writable server lets write, and its password. */
    public static final String USER = "editor";
    public static final String PASSWORD = "s3cret";
    private static final String PASSWORD_FILE = "passwd";

    private final boolean writable;
    private final boolean tdb;
    private final UnaryOperator<RehabServer.Builder> settings;
    private Path folder;
    private Dataset dataset;
    private RehabServer server;

    private TestServer(boolean writable, boolean tdb, UnaryOperator<RehabServer.Builder> settings) {
        this.writable = writable;
        this.tdb = tdb;
        this.settings = settings;
    }

    /** A read-only server with the defaults. */
    public static TestServer readOnly() {
        return readOnly(b -> b);
    }

    /** A read-only server with the defaults changed by {@code settings}. */
    public static TestServer readOnly(UnaryOperator<RehabServer.Builder> settings) {
        return new TestServer(false, false, settings);
    }

    /** A server taking updates from {@link #USER}. */
    public static TestServer writable() {
        return new TestServer(true, false, b -> b);
    }

    /**
     * A server taking updates from {@link #USER} on a TDB2 database in a temporary folder, as
     * {@code serve --tdb DIR --update --passwd FILE} runs it; {@code settings} change the defaults.
     */
    public static TestServer writableTdb(UnaryOperator<RehabServer.Builder> settings) {
        return new TestServer(true, true, settings);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        folder = Files.createTempDirectory("rehabkg-test");
        dataset = tdb ? TdbStore.open(folder.resolve("db"), DataFolder.embedded(), () -> ServedDataset.embedded().dataset()).dataset()
                : ServedDataset.embedded().dataset();
        RehabServer.Builder b = RehabServer.builder().dataset(dataset).port(0);
        if (writable)
            b.update(true).passwordFile(passwordFile(folder));
        server = settings.apply(b).build().start();
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        server.stop();
        if (tdb)
            TDBInternal.expel(dataset.asDatasetGraph());   // closes its files, so the folder can go
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList())
                Files.delete(f);
        }
    }

    /** A password file in {@code dir} that lets {@link #USER} write, for a server of a test's own. */
    public static Path passwordFile(Path dir) throws IOException {
        return Files.writeString(dir.resolve(PASSWORD_FILE), USER + ": " + PASSWORD + "\n");
    }

    public RehabServer server() {
        return server;
    }

    /** The dataset served, to check what a request did or did not change. */
    public Dataset dataset() {
        return dataset;
    }

    /** The server's base URL, ending in {@code /}. */
    public String url() {
        return server.url();
    }
}
