package org.rehabkg.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A folder holding {@code ontology/} and {@code queries/}: the repository checkout, any folder a user
 * points at, or the copy embedded in the jar (the default graph). Files are named relative to the
 * root, so error messages read {@code ontology/data/x.trig:3:7}.
 */
public final class DataFolder {
    private final Path root;
    private final String description;
    private final boolean embedded;

    private DataFolder(Path root, String description, boolean embedded) {
        this.root = root;
        this.description = description;
        this.embedded = embedded;
    }

    /** A folder on disk that contains {@code ontology/} (and usually {@code queries/}). */
    public static DataFolder directory(Path dir) {
        if (!Files.isDirectory(dir.resolve("ontology")))
            throw new BadInputException(dir + " has no ontology/ folder");
        return new DataFolder(dir.toAbsolutePath().normalize(), dir.toString(), false);
    }

    /** The ontology and queries packaged with the code (a jar, or target/classes in a build),
     * under {@code org/rehabkg/}: nothing of rehabkg at the class-path root. */
    public static DataFolder embedded() {
        URL marker = DataFolder.class.getClassLoader().getResource("org/rehabkg/ontology/rehabkg.ttl");
        if (marker == null)
            throw new IllegalStateException("the embedded ontology is missing from the class path");
        try {
            URI uri = marker.toURI();
            Path ontologyFile = "jar".equals(uri.getScheme()) ? jarPath(uri) : Path.of(uri);
            return new DataFolder(ontologyFile.getParent().getParent(), "embedded", true);
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot open the embedded ontology: " + e.getMessage(), e);
        }
    }

    private static Path jarPath(URI uri) throws IOException {
        FileSystem fs;
        try {
            fs = FileSystems.getFileSystem(uri);
        } catch (FileSystemNotFoundException e) {
            fs = FileSystems.newFileSystem(uri, Map.of());
        }
        return fs.provider().getPath(uri);
    }

    public Path root() { return root; }

    public String description() { return description; }

    /** True for the copy packaged with the code, whose files do not change while the process runs. */
    public boolean isEmbedded() { return embedded; }

    /** Files under {@code folder} whose name ends with one of {@code suffixes}, sorted, as relative names. */
    public List<Path> files(String folder, String... suffixes) {
        Path dir = root.resolve(folder);
        if (!Files.isDirectory(dir))
            return List.of();
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                       .filter(p -> endsWithAny(p.getFileName().toString(), suffixes))
                       .map(root::relativize)
                       .sorted((a, b) -> a.toString().compareTo(b.toString()))
                       .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path resolve(Path relative) {
        return root.resolve(relative.toString());
    }

    /** The name shown to users: the path relative to the root, with forward slashes. */
    public String displayName(Path relative) {
        return relative.toString().replace('\\', '/');
    }

    private static boolean endsWithAny(String name, String... suffixes) {
        for (String s : suffixes)
            if (name.endsWith(s))
                return true;
        return false;
    }
}
