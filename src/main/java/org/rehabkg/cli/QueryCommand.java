package org.rehabkg.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.query.QueryParseException;
import org.rehabkg.query.NamedQuery;
import org.rehabkg.query.QueryResult;
import org.rehabkg.query.QueryTimeoutException;
import org.rehabkg.query.RehabGraph;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rehabkg query}: a named query, a .rq file, inline SPARQL or stdin, over the graph or an endpoint. */
@Command(name = "query",
         description = "Run a named query (by id), a .rq file, inline SPARQL, or - for stdin.",
         footer = { "", "Examples:",
                    "  rehabkg query core-focus",
                    "  rehabkg query core-focus --param profession=occupational-therapy --results csv",
                    "  echo 'ASK { ?s ?p ?o }' | rehabkg query -",
                    "  rehabkg query core-focus --endpoint http://localhost:3030/rehab/sparql",
                    "  rehabkg query 'SELECT ?p WHERE { ?p a <https://w3id.org/rehabkg/Profession> }' --results json" })
public final class QueryCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "QUERY", description = "A query id (see: rehabkg queries), a .rq file, SPARQL text, or -.")
    String query;

    @Option(names = { "-p", "--param" }, paramLabel = "NAME=VALUE", description = "Bind a parameter of a named query.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--results", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, csv, tsv, json, xml (SELECT/ASK); ttl, nt, jsonld, rdfxml (CONSTRUCT/DESCRIBE). Default: ${DEFAULT-VALUE}.")
    String results;

    @Option(names = "--timeout", paramLabel = "SECONDS", converter = Seconds.class,
            description = "Give up after this many seconds (exit 1).")
    Duration timeout;

    @Mixin
    SourceOptions source;

    @Override
    public Integer call() throws IOException {
        ResultFormat format = parseFormat();
        try (RehabGraph g = source.open()) {
            QueryResult result = run(g, timeout);
            Output.write(spec().getOut(), out -> format.write(result, out));
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

    private QueryResult run(RehabGraph g, Duration timeout) throws IOException {
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

    private ResultFormat parseFormat() {
        try {
            return ResultFormat.parse(results);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec(), "unknown --results format '" + results
                    + "' (text, csv, tsv, json, xml, ttl, nt, jsonld, rdfxml)");
        }
    }

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec commandSpec;

    private picocli.CommandLine spec() {
        return commandSpec.commandLine();
    }
}
