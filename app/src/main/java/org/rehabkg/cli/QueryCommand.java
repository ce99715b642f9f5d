package org.rehabkg.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.query.QueryParseException;
import org.rehabkg.query.NamedQuery;
import org.rehabkg.api.QueryResult;
import org.rehabkg.api.QueryTimeoutException;
import org.rehabkg.api.RehabGraph;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code rehabkg query}: a named query, a .rq file, inline SPARQL or stdin, over the graph or an endpoint. */
@Command(name = "query")
public final class QueryCommand extends AskVerb {
    @Parameters(index = "0", arity = "0..1", paramLabel = "QUERY",
                description = "A query id (see: rehabkg queries), a .rq file, SPARQL text, or -. With --batch: a named query whose parameter sets the lines are.")
    String query;

    @Option(names = { "-p", "--param" }, paramLabel = "NAME=VALUE", description = "Bind a parameter of a named query.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--format", paramLabel = "FORMAT", converter = ResultFormat.Converter.class,
            description = "${COMPLETION-CANDIDATES}: text to xml for SELECT/ASK, ttl to rdfxml for CONSTRUCT/DESCRIBE;"
                          + " or another name Jena gives one (turtle, json-ld, srj …). Default: text.")
    ResultFormat format;

    /** The option's former name, as Jena's {@code sparql --results}: scripts written for it keep working. */
    @Option(names = "--results", paramLabel = "FORMAT", hidden = true, converter = ResultFormat.Converter.class)
    ResultFormat results;

    @Option(names = "--timeout", paramLabel = "SECONDS", converter = Seconds.class,
            description = "Give up after this many seconds (exit 1).")
    Duration timeout;

    @Option(names = "--batch", paramLabel = "FILE|-",
            description = "Run one job per line of FILE (or stdin) in this one process: JSON Lines out, or one file per job with --output-dir (docs/cli.md).")
    String batch;

    @Option(names = "--output-dir", paramLabel = "DIR", description = "With --batch: write each job's result to DIR/line-N.FORMAT instead of stdout.")
    Path outputDir;

    @Override
    public Integer call() throws IOException {
        ResultFormat format = this.format != null ? this.format : results != null ? results : ResultFormat.TEXT;
        if (batch != null)
            return batch(format);
        if (outputDir != null)
            throw new ParameterException(spec.commandLine(), "--output-dir applies to --batch only");
        if (query == null)
            throw new ParameterException(spec.commandLine(), "Missing required parameter: 'QUERY' (or --batch FILE)");
        try (RehabGraph g = source.open()) {
            QueryResult result = run(g, query, params, timeout);
            Output.write(out(), out -> format.write(result, out));
            return Main.OK;
        } catch (QueryParseException e) {
            throw new UserError("malformed query: " + e.getMessage(), e);
        } catch (QueryTimeoutException e) {
            throw new UserError("query timed out after " + Seconds.format(timeout), e);
        } catch (QueryDeniedException e) {
            // A bound of the query engine (graph/sparql/QueryLimits), e.g. a string too long to build.
            throw new UserError("query refused: " + e.getMessage(), e);
        }
    }

    /** The jobs of {@code --batch}, over one open graph; exit 1 if any failed. */
    private int batch(ResultFormat format) throws IOException {
        if (query != null && (query.equals("-") || query.endsWith(".rq") || looksLikeSparql(query)))
            throw new ParameterException(spec.commandLine(), "with --batch, QUERY is a named query (the lines are its parameter sets)");
        if (outputDir == null && format != ResultFormat.JSON && format != ResultFormat.TEXT)
            throw new ParameterException(spec.commandLine(), "--batch writes JSON Lines to stdout; --format " + format + " needs --output-dir DIR");
        if (outputDir != null && Files.exists(outputDir) && !Files.isDirectory(outputDir))
            throw new ParameterException(spec.commandLine(), "--output-dir " + outputDir + ": not a folder");
        if (outputDir != null)
            Files.createDirectories(outputDir);
        java.io.BufferedReader in = batch.equals("-")
                ? new java.io.BufferedReader(new java.io.InputStreamReader(System.in, StandardCharsets.UTF_8))
                : openBatch();
        try (RehabGraph g = source.open(); in) {
            if (query != null)
                g.queries().get(query);   // an unknown id fails now, with the nearest one
            BatchQueries jobs = new BatchQueries((q, p) -> {
                try {
                    return run(g, q, p, timeout);
                } catch (IOException e) {
                    throw new UserError(e.getMessage(), e);
                }
            }, query, params, format, outputDir);
            int failed = jobs.run(in, out(), err());
            return failed == 0 ? Main.OK : Main.DATA_ERROR;
        }
    }

    private java.io.BufferedReader openBatch() {
        try {
            return Files.newBufferedReader(Path.of(batch), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserError("cannot read --batch file " + batch);
        }
    }

    private QueryResult run(RehabGraph g, String query, Map<String, String> params, Duration timeout) throws IOException {
        if (g.queries().contains(query)) {
            NamedQuery named = g.queries().get(query);
            return g.runNamed(named, params, timeout);
        }
        if (!params.isEmpty())
            throw new UserError("--param applies to named queries only");
        if (query.equals("-"))
            return g.query(readAll(System.in), timeout);
        if (query.endsWith(".rq") || isFile(query))
            return g.query(readFile(query), timeout);
        if (looksLikeSparql(query))
            return g.query(query, timeout);
        // Neither a file nor SPARQL: a mistyped query id, which get() reports with a suggestion.
        return g.runNamed(g.queries().get(query), params, timeout);
    }

    private static boolean isFile(String text) {
        try {
            return Files.isRegularFile(Path.of(text));
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    private static String readFile(String name) {
        try {
            return Files.readString(Path.of(name));
        } catch (IOException e) {
            throw new UserError("cannot read query file " + name);
        }
    }

    private static boolean looksLikeSparql(String text) {
        String t = text.strip().toUpperCase(java.util.Locale.ROOT);
        return t.contains("{") || t.startsWith("PREFIX") || t.startsWith("BASE");
    }

    private static String readAll(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
}
