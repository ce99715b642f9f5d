package org.rehabkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rehabkg.cli.Main;
import org.rehabkg.api.Comparison;
import org.rehabkg.api.LookupResult;
import org.rehabkg.api.QueryResult;
import org.rehabkg.api.Recommendation;
import org.rehabkg.api.RehabGraph;

import picocli.CommandLine;

/** Every command and the Java example in the README's "Command line" and "Java API" sections run. */
class ReadmeTest {
    static final Path README = Path.of("README.md");

    /** The text of the section under {@code ## heading}, up to the next {@code ## }. */
    static String section(String heading) throws IOException {
        String text = Files.readString(README);
        int start = text.indexOf("\n## " + heading + "\n");
        assertTrue(start >= 0, "README has a section " + heading);
        int end = text.indexOf("\n## ", start + 4);
        return text.substring(start, end < 0 ? text.length() : end);
    }

    /** The lines of the section's fenced {@code lang} blocks. */
    static List<String> codeLines(String section, String lang) {
        List<String> lines = new ArrayList<>();
        boolean in = false;
        for (String line : section.split("\n")) {
            if (line.startsWith("```"))
                in = !in && line.equals("```" + lang);
            else if (in)
                lines.add(line);
        }
        return lines;
    }

    /** Splits a command line as a POSIX shell does for plain words and '…' / "…" quotes. */
    static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (char c : line.toCharArray()) {
            if (quote != 0) {
                if (c == quote)
                    quote = 0;
                else
                    w.append(c);
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord)
                    words.add(w.toString());
                w.setLength(0);
                inWord = false;
            } else {
                w.append(c);
                inWord = true;
            }
        }
        if (inWord)
            words.add(w.toString());
        return words;
    }

    @Test
    void everyCommandLineExampleRuns() throws IOException {
        List<String> commands = codeLines(section("Command line"), "sh");
        assertFalse(commands.isEmpty());
        for (String command : commands) {
            List<String> words = words(command);
            assertEquals("bin/rehabkg", words.get(0), "README examples call the launcher: " + command);
            CommandLine cl = Main.commandLine();
            StringWriter out = new StringWriter(), err = new StringWriter();
            cl.setOut(new PrintWriter(out));
            cl.setErr(new PrintWriter(err));
            int exit = cl.execute(words.subList(1, words.size()).toArray(String[]::new));
            assertEquals(0, exit, command + "\n" + err);
            assertFalse(out.toString().isEmpty() && err.toString().isEmpty(), command + " says something");
        }
    }

    @Test
    void theJavaExampleIsThisTest() throws IOException {
        String source = Files.readString(Path.of("app/src/test/java/org/rehabkg/ReadmeTest.java"));
        for (String line : codeLines(section("Java API"), "java"))
            assertTrue(source.contains(line.strip()), "the README's Java example line is run below: " + line);
    }

    @Test
    void javaExample() {
        try (RehabGraph graph = RehabGraph.embedded()) {
            Comparison comparison = graph.compare("OT", "physiotherapy");
            Recommendation recommendation = graph.recommend("autism", null, "children");
            LookupResult npte = graph.lookup("NPTE");
            QueryResult professions = graph.query("SELECT ?p WHERE { ?p a <https://w3id.org/rehabkg/Profession> }");
            assertEquals(5, comparison.dimensions().size());
            assertEquals("occupational therapy", recommendation.ranking().get(0).profession().label());
            assertTrue(npte.exact());
            assertFalse(professions.rows().isEmpty());
        }
    }
}
