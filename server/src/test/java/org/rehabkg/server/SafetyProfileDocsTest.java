package org.rehabkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rehabkg.graph.ServedDataset;

/**
 * docs/endpoint.md's safety profile tables say, line for line and in order, what a server logs at
 * start: each module states its own lines, so the docs are checked against the code itself.
 */
class SafetyProfileDocsTest {
    static final Path DOC = Path.of("docs/endpoint.md");
    static Dataset dataset;

    @BeforeAll
    static void load() {
        dataset = ServedDataset.embedded().dataset();
    }

    /** The second column, in backticks, of the table right after {@code <!-- safety profile: NAME -->}. */
    static List<String> documented(String name) throws IOException {
        List<String> lines = Files.readAllLines(DOC);
        int at = lines.indexOf("<!-- safety profile: " + name + " -->");
        if (at < 0)
            throw new AssertionError(DOC + " has no table marked <!-- safety profile: " + name + " -->");
        Pattern row = Pattern.compile("^\\|[^|]*\\| `(.*)` \\|$");
        List<String> entries = new ArrayList<>();
        for (int i = at + 1; i < lines.size() && !lines.get(i).isBlank(); i++) {
            Matcher m = row.matcher(lines.get(i));
            if (m.matches())
                entries.add(m.group(1));
        }
        return entries;
    }

    static List<String> logged(RehabServer server) {
        String profile = server.safetyProfile();
        assertEquals("safety: ", profile.substring(0, 8));
        return Arrays.asList(profile.substring(8).split("; "));
    }

    @Test
    void theDefaultProfileIsTheDocumentedOne() throws IOException {
        RehabServer server = RehabServer.builder().dataset(dataset).port(0).build();
        assertEquals(documented("read-only"), logged(server));
    }

    @Test
    void theWriteModeProfileIsTheDocumentedOne(@TempDir Path dir) throws IOException {
        Path passwd = Files.writeString(dir.resolve("passwd"), "editor: s3cret\n");
        RehabServer server = RehabServer.builder().dataset(dataset).port(0).update(true).passwordFile(passwd).build();
        List<String> logged = logged(server).stream().map(l -> l.replace(passwd.toString(), "FILE")).toList();
        assertEquals(documented("update"), logged);
    }
}
