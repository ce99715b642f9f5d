package org.rehabkg.cli;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.rehabkg.api.QueryResult;

/**
 * {@code rehabkg query --batch FILE|-}: many queries, or many parameter sets of one named query, in one
 * process over one open graph, so a script pays the start-up once. One job per input line (blank lines
 * and {@code #} comments skipped): with a named query on the command line, a line is a JSON object of
 * its parameters; without, a line is a JSON object {@code {"query": …, "params": {…}}} or, if it does not
 * start with {@code {}, what the QUERY argument takes (an id, a .rq file, one-line SPARQL). Results go
 * to stdout as JSON Lines, one per job in input order, or with {@code --output-dir} one file per job.
 * A job that fails is reported (its line number and the error) and the others still run; the exit
 * status is then 1. See docs/cli.md.
 */
final class BatchQueries {
    /** Runs one job: the query (id, file, SPARQL) with its parameters. */
    interface Runner {
        QueryResult run(String query, Map<String, String> params);
    }

    private final Runner runner;
    private final String namedQuery;
    private final Map<String, String> defaults;
    private final ResultFormat format;
    private final Path outputDir;

    /**
     * @param namedQuery the named query every line binds parameters of, or null when each line is a query
     * @param defaults   parameters given on the command line; a line's own win
     * @param outputDir  where to write one file per job, or null for JSON Lines on stdout
     */
    BatchQueries(Runner runner, String namedQuery, Map<String, String> defaults, ResultFormat format, Path outputDir) {
        this.runner = runner;
        this.namedQuery = namedQuery;
        this.defaults = defaults;
        this.format = format;
        this.outputDir = outputDir;
    }

    /** @return the number of jobs that failed */
    int run(BufferedReader in, PrintWriter out, PrintWriter err) throws IOException {
        int failed = 0;
        int lineNo = 0;
        for (String line; (line = in.readLine()) != null;) {
            lineNo++;
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#"))
                continue;
            int n = lineNo;
            String outcome;
            try {
                QueryResult result = job(text);
                outcome = outputDir == null ? jsonLine(n, result) : writeFile(n, result);
            } catch (UserError | QueryParseException | QueryDeniedException | QueryCancelledException | JsonException e) {
                failed++;
                String message = message(e);
                err.println("line " + n + ": " + message);
                err.flush();
                if (outputDir != null)
                    continue;
                JsonObject o = new JsonObject();
                o.put("line", n);
                o.put("error", message);
                outcome = flat(o);
            }
            out.println(outcome);
            out.flush();
        }
        return failed;
    }

    private static String message(RuntimeException e) {
        if (e instanceof QueryParseException)
            return "malformed query: " + e.getMessage();
        if (e instanceof QueryCancelledException)
            return "query timed out";
        if (e instanceof JsonException)
            return "not a JSON object: " + e.getMessage();
        return e.getMessage();
    }

    private QueryResult job(String text) {
        Map<String, String> params = new LinkedHashMap<>(defaults);
        if (namedQuery != null) {
            params.putAll(strings(object(text), "parameters"));
            return runner.run(namedQuery, params);
        }
        if (!text.startsWith("{"))
            return runner.run(text, params);
        JsonObject o = object(text);
        JsonValue q = o.get("query");
        if (q == null || !q.isString())
            throw new UserError("a job needs \"query\": a query id, a .rq file or SPARQL text");
        if (o.hasKey("params")) {
            if (!o.get("params").isObject())
                throw new UserError("\"params\" must be an object of names to values");
            params.putAll(strings(o.get("params").getAsObject(), "params"));
        }
        return runner.run(q.getAsString().value(), params);
    }

    private static JsonObject object(String text) {
        JsonValue v = JSON.parseAny(text);
        if (!v.isObject())
            throw new UserError("a line must be a JSON object");
        return v.getAsObject();
    }

    private static Map<String, String> strings(JsonObject o, String what) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String key : o.keys()) {
            JsonValue v = o.get(key);
            if (v.isString())
                m.put(key, v.getAsString().value());
            else if (v.isNumber() || v.isBoolean())
                m.put(key, v.toString().strip());
            else
                throw new UserError(what + ": \"" + key + "\" must be a string, number or boolean");
        }
        return m;
    }

    /** {@code {"line": N, "result": <SPARQL JSON results>}}, or {@code "ntriples"} for a graph, on one line. */
    private static String jsonLine(int n, QueryResult result) {
        JsonObject o = new JsonObject();
        o.put("line", n);
        if (result.form() == QueryResult.Form.GRAPH) {
            o.put("ntriples", bytes(out -> RDFDataMgr.write(out, result.toModel(), RDFFormat.NTRIPLES)));
        } else {
            o.put("result", JSON.parseAny(bytes(out -> ResultFormat.JSON.write(result, out))));
        }
        return flat(o);
    }

    private String writeFile(int n, QueryResult result) throws IOException {
        String ext = format == ResultFormat.TEXT ? "txt" : format.label();
        Path file = outputDir.resolve(String.format(Locale.ROOT, "line-%04d.%s", n, ext));
        String body = bytes(out -> format.write(result, out));
        Files.writeString(file, body);
        return file.toString();
    }

    private static String bytes(Consumer<OutputStream> writer) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        writer.accept(b);
        return b.toString(StandardCharsets.UTF_8);
    }

    private static String flat(JsonValue v) {
        return JSON.toStringFlat(v);
    }
}
