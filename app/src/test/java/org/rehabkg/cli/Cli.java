package org.rehabkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import picocli.CommandLine;

/** Runs a verb in-process, as {@code bin/rehabkg} would, and captures what it prints. */
final class Cli {
    record Result(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- out\n" + out + "\n--- err\n" + err;
        }
    }

    private Cli() {}

    static Result run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter(), err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Result(exit, out.toString(), err.toString());
    }

    /**
     * A data folder like the repository's: a copy of {@code ontology/} plus a {@code queries/}
     * folder with one named query, {@code demo/professions}, that takes a parameter.
     */
    static Path dataFolder(Path dir) {
        try {
            Path ontology = Path.of("ontology");
            try (Stream<Path> files = Files.walk(ontology)) {
                for (Path p : (Iterable<Path>) files::iterator) {
                    Path target = dir.resolve(p.toString());
                    if (Files.isDirectory(p))
                        Files.createDirectories(target);
                    else
                        Files.copy(p, target);
                }
            }
            Path q = dir.resolve("queries/demo");
            Files.createDirectories(q);
            Files.writeString(q.resolve("professions.rq"), """
                    # title: Professions
                    # description: Every profession with its label.
                    # param: profession iri only this profession
                    PREFIX rkg:  <https://w3id.org/rehabkg/>
                    PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                    SELECT ?label WHERE { ?profession a rkg:Profession ; rdfs:label ?label }
                    ORDER BY ?label
                    """);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
