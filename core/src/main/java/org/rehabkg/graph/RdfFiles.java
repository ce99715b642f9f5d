package org.rehabkg.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDF;

/**
 * Parses one RDF file strictly: the first warning or error stops the load and is reported as
 * {@code file:line:col: message}. Curated data has no excuse for a bad IRI or literal.
 */
public final class RdfFiles {
    private RdfFiles() {}

    public static void parse(DataFolder tree, Path relative, StreamRDF dest) {
        String name = tree.displayName(relative);
        Lang lang = RDFLanguages.filenameToLang(name);
        if (lang == null)
            throw new LoadException(name, 0, 0, "not an RDF file name (expected .ttl, .trig, .nt, .nq, .rdf, .jsonld)");
        try (InputStream in = Files.newInputStream(tree.resolve(relative))) {
            RDFParser.source(in)
                     .lang(lang)
                     .base(Vocab.NS)
                     .errorHandler(new Strict(name))
                     .parse(dest);
        } catch (LoadException e) {
            throw e;
        } catch (RiotException e) {
            // Errors the handler did not see (e.g. an I/O problem inside the parser).
            throw new LoadException(name, 0, 0, e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        } catch (StackOverflowError e) {
            throw tooDeep(name);
        }
    }

    /**
     * Jena's parsers recurse once per nested blank node, collection or JSON object: tens of
     * thousands of levels exhaust the thread's stack. No real data nests like that.
     */
    public static LoadException tooDeep(String file) {
        return new LoadException(file, 0, 0, "nested too deeply to read (blank nodes, lists or objects inside one another thousands of levels deep)");
    }

    private record Strict(String file) implements ErrorHandler {
        @Override
        public void warning(String message, long line, long col) {
            throw new LoadException(file, line, col, message);
        }

        @Override
        public void error(String message, long line, long col) {
            throw new LoadException(file, line, col, message);
        }

        @Override
        public void fatal(String message, long line, long col) {
            throw new LoadException(file, line, col, message);
        }
    }
}
