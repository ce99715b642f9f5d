package org.rehabkg.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.rehabkg.graph.ServedDataset;

/**
 * A real server on port 0 over a fresh copy of the embedded graph, shared by the tests of one class:
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
    private final UnaryOperator<RehabServer.Builder> settings;
    private Path passwordDir;
    private Dataset dataset;
    private RehabServer server;

    private TestServer(boolean writable, UnaryOperator<RehabServer.Builder> settings) {
        this.writable = writable;
        this.settings = settings;
    }

    /** A read-only server with the defaults. */
    public static TestServer readOnly() {
        return readOnly(b -> b);
    }

    /** A read-only server with the defaults changed by {@code settings}. */
    public static TestServer readOnly(UnaryOperator<RehabServer.Builder> settings) {
        return new TestServer(false, settings);
    }

    /** A server taking updates from {@link #USER}. */
    public static TestServer writable() {
        return new TestServer(true, b -> b);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        dataset = ServedDataset.embedded().dataset();
        RehabServer.Builder b = RehabServer.builder().dataset(dataset).port(0);
        if (writable) {
            passwordDir = Files.createTempDirectory("rehabkg-test");
            b.update(true).passwordFile(passwordFile(passwordDir));
        }
        server = settings.apply(b).build().start();
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        server.stop();
        if (passwordDir != null) {
            Files.deleteIfExists(passwordDir.resolve(PASSWORD_FILE));
            Files.delete(passwordDir);
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
