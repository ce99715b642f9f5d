package org.rehabkg.server.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue item 14, on the artifact users run (the shaded {@code -app.jar}, hence a failsafe test):
 * what the pom's maven-enforcer rules ban at build time is indeed absent from what ships. The
 * enforcer stops the build before this; this test catches what it cannot see (shading, a rule
 * loosened later). The manual check that the enforcer itself fires is in docs/reliability.md.
 */
class ShippedDependenciesIT {
    static Path jar;
    static List<String> entries = new ArrayList<>();

    @BeforeAll
    static void open() throws IOException {
        try (DirectoryStream<Path> apps = Files.newDirectoryStream(Path.of("app/target"), "rehabkg-*-app.jar")) {
            for (Path p : apps)
                jar = p;
        }
        assertTrue(jar != null, "no target/rehabkg-*-app.jar: run after package");
        try (JarFile jf = new JarFile(jar.toFile())) {
            jf.stream().map(JarEntry::getName).forEach(entries::add);
        }
    }

    static String read(String entry) throws IOException {
        try (JarFile jf = new JarFile(jar.toFile())) {
            JarEntry e = jf.getJarEntry(entry);
            if (e == null)
                return null;
            try (InputStream in = jf.getInputStream(e)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }

    static boolean has(String prefix) {
        return entries.stream().anyMatch(e -> e.startsWith(prefix));
    }

    @Test
    void noJavaScriptEngine() {
        for (String p : new String[] { "org/mozilla/javascript/", "org/openjdk/nashorn/", "jdk/nashorn/", "org/graalvm/polyglot/",
                                       "com/oracle/truffle/js/", "META-INF/services/javax.script.ScriptEngineFactory" })
            assertFalse(has(p), p + " is in " + jar);
    }

    @Test
    void noLog4jOneAndNoVulnerableLog4jTwo() throws IOException {
        assertFalse(has("org/apache/log4j/"), "log4j 1.x classes in " + jar);
        if (has("org/apache/logging/log4j/core/")) {
            Properties p = new Properties();
            p.load(new java.io.StringReader(read("META-INF/maven/org.apache.logging.log4j/log4j-core/pom.properties")));
            assertTrue(compare(p.getProperty("version"), "2.17.1") >= 0, "log4j-core " + p.getProperty("version"));
        }
    }

    @Test
    void exactlyOneSlf4jProvider() throws IOException {
        String providers = read("META-INF/services/org.slf4j.spi.SLF4JServiceProvider");
        List<String> lines = providers == null ? List.of()
                : providers.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        assertEquals(List.of("org.slf4j.simple.SimpleServiceProvider"), lines);
        assertFalse(has("ch/qos/logback/classic/"), "logback-classic");
        assertFalse(has("org/apache/logging/slf4j/"), "log4j's SLF4J binding");
    }

    @Test
    void jenaIsAtLeast620() throws IOException {
        int jenaModules = 0;
        for (String e : entries) {
            if (e.startsWith("META-INF/maven/org.apache.jena/") && e.endsWith("/pom.properties")) {
                Properties p = new Properties();
                p.load(new java.io.StringReader(read(e)));
                assertTrue(compare(p.getProperty("version"), "6.2.0") >= 0, e + ": " + p.getProperty("version"));
                jenaModules++;
            }
        }
        assertTrue(jenaModules > 3, "Jena modules found: " + jenaModules);
    }

    /** Compares dotted numeric versions (qualifiers after '-' ignored). */
    static int compare(String a, String b) {
        String[] x = a.split("-")[0].split("\\.");
        String[] y = b.split("-")[0].split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int c = Integer.compare(i < x.length ? Integer.parseInt(x[i]) : 0, i < y.length ? Integer.parseInt(y[i]) : 0);
            if (c != 0)
                return c;
        }
        return 0;
    }
}
