package org.rehabkg.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The declared API boundary: every package says whether it is API or internal, and every public
 * member of the API package has Javadoc that doclint accepts (the compiler's -Xdoclint, as javadoc).
 */
class ApiBoundaryTest {
    /** Every module's main sources (the tests run at the repository root). */
    static final List<Path> SOURCES = List.of(Path.of("core/src/main/java"), Path.of("server/src/main/java"), Path.of("app/src/main/java"));
    /** The two API packages: the facade and its records, and the named queries. */
    static final Path API = SOURCES.get(0).resolve("org/rehabkg/api");
    static final Path QUERY = SOURCES.get(0).resolve("org/rehabkg/query");

    @Test
    void everyPackageSaysApiOrInternal() throws IOException {
        for (Path sources : SOURCES)
        try (Stream<Path> dirs = Files.walk(sources.resolve("org/rehabkg"))) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                boolean hasJava;
                try (Stream<Path> files = Files.list(dir)) {
                    hasJava = files.anyMatch(f -> f.toString().endsWith(".java"));
                }
                if (!hasJava)
                    continue;
                Path info = dir.resolve("package-info.java");
                assertTrue(Files.exists(info), "no package-info.java in " + dir);
                String text = Files.readString(info);
                assertTrue(text.contains("<b>API.</b>") || text.contains("<b>Internal"), info + " says neither API nor internal");
            }
        }
    }

    /** The API types named in the first paragraph of the API packages' package-info. */
    static List<Path> apiSources() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path pkg : List.of(API, QUERY)) {
            String info = Files.readString(pkg.resolve("package-info.java"));
            String declared = info.substring(0, info.indexOf("<p>"));
            Matcher m = Pattern.compile("\\{@link org\\.rehabkg\\.(api|query)\\.(\\w+)}").matcher(declared);
            while (m.find()) {
                Path file = (m.group(1).equals("api") ? API : QUERY).resolve(m.group(2) + ".java");
                if (!files.contains(file))
                    files.add(file);
            }
        }
        return files;
    }

    @Test
    void theApiTypesExist() throws IOException {
        List<Path> api = apiSources();
        assertTrue(api.size() > 15, api.toString());
        api.forEach(p -> assertTrue(Files.exists(p), "package-info names a type that does not exist: " + p));
    }

    /** The whole API packages: the facade, its records, the named queries, and the helpers public for the CLI and server. */
    @Test
    void theApiPackageIsDocumentedAndDoclintClean(@TempDir Path out) throws IOException {
        List<Path> api;
        try (Stream<Path> a = Files.list(API); Stream<Path> q = Files.list(QUERY)) {
            api = Stream.concat(a, q).filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
        List<String> args = new ArrayList<>(List.of("--release", "21", "-proc:none", "-Xdoclint:all/protected",
                "-Xmaxwarns", "10000", "-d", out.toString(),
                "-cp", Path.of("core/target/classes") + java.io.File.pathSeparator + System.getProperty("java.class.path")));
        api.forEach(p -> args.add(p.toString()));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream messages = new ByteArrayOutputStream();
        int exit = javac.run(null, messages, messages, args.toArray(String[]::new));
        String found = messages.toString(StandardCharsets.UTF_8);
        assertEquals(0, exit, found);
        assertEquals("", found.strip(), "doclint findings on the API types");
    }
}
