package org.rehabkg.fuzz;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.OutputStream;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.algebra.Algebra;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing (Jazzer) of the query path the server runs, in-process: the bytes as a
 * query string, through the server's checks before any parser ({@code NestingDepth}, then ARQ's
 * parser with {@code ConstantPatternParser}, the algebra and {@code NoServiceQuery}'s SERVICE and
 * depth walk), then parsed again and run as Fuseki does, against the embedded graph with a short
 * timeout ({@link #TIMEOUT_MS}), SERVICE off and the endpoint's spill threshold, its answer written
 * out (JSON results, N-Triples).
 * <p>
 * The property: the query is refused the documented way ({@link QueryException} and its kinds:
 * parse errors, timeouts, {@code QueryDeniedException}; Fuseki's {@link ActionErrorException} from
 * the checks; all answered 4xx or 503) with a message that names no Java class, or answered within
 * the timeout plus {@link #SLACK_MS}. Anything else (an {@code ExprException} out of the
 * execution, which Fuseki answers 500, a NullPointerException, a StackOverflowError, an
 * IllegalArgumentException …) is a finding.
 * <p>
 * Seeds: the repository's named queries ({@code queries/**.rq}) and queries of the {@link Sparql}
 * grammar. Outside the normal suite (the class name ends in Fuzz): {@code bench/fuzz/run.sh --jazzer}.
 */
class QueryJazzerFuzz {
    /**
     * Shorter than the server's (by default): the property is the same for any timeout, and a query
     * that runs to it is the slowest input there is, so this sets how many inputs a second Jazzer tries.
     */
    static final long TIMEOUT_MS = Long.getLong("rehabkg.fuzz.queryTimeoutMs", 200);
    /**
     * How late past its timeout a query or update may end. Generous: under Jazzer's instrumentation on
     * 2 shared cores a cross-product sort that the plain server cancels 0.2–1.4 s past its 1 s cap
     * ended 5 s past a 200 ms timeout; a runaway (a missing cancel) runs far longer.
     */
    static final long SLACK_MS = Long.getLong("rehabkg.fuzz.slackMs", 10_000);

    /** The seeds: every named query, then the grammar's queries at fixed seeds (no deep nesting). */
    static Stream<Arguments> seeds() {
        Stream<String> generated = IntStream.range(0, 20).mapToObj(i -> Sparql.generated().next(new Random(i)));
        return Stream.concat(Sparql.namedQueries().stream(), generated).map(q -> Arguments.of((Object) q.getBytes(UTF_8)));
    }

    @MethodSource("seeds")
    @FuzzTest(maxDuration = "20s")
    void queriesAreAnsweredOrRefused(byte[] input) {
        String query = new String(input, UTF_8);
        EmbeddedGraph.load();
        long start = System.nanoTime();
        try {
            if (!refusedByChecks(query))
                run(query);
        } catch (QueryCancelledException e) {
            // the timeout: Fuseki answers 503 with its own text
        } catch (QueryException | ActionErrorException e) {
            JazzerFindings.refusedWithoutJava(query, e);
        }
        JazzerFindings.inTime(query, start, TIMEOUT_MS + SLACK_MS);
    }

    /** {@code NoServiceQuery.execute}'s checks, in its order; true when the query stops there. */
    private static boolean refusedByChecks(String query) {
        if (ServerGuards.nestingDepth(query) > ServerGuards.MAX_DEPTH)
            return true;   // 400 "nested too deeply"
        try {
            // Throws Fuseki's 400 when the algebra is too deep; SERVICE is a 422.
            return ServerGuards.hasService(Algebra.compile(QueryFactory.create(query, Syntax.syntaxARQ)));
        } catch (QueryParseException e) {
            if (ServerGuards.overflowed(e))
                return true;   // 400 "nested too deeply"
            throw e;   // Fuseki reports it: 400 with the parser's message
        } catch (StackOverflowError e) {
            return true;   // 400 "nested too deeply"
        }
    }

    /**
     * As Fuseki runs it: parsed again, the query endpoint's context (timeout, no SERVICE, the spill
     * threshold that bounds how long a sort runs past the timeout), the whole answer written.
     */
    private static void run(String text) {
        Query query = QueryFactory.create(text, Syntax.syntaxARQ);
        try (QueryExecution exec = QueryExecution.dataset(EmbeddedGraph.DATASET).query(query)
                .timeout(TIMEOUT_MS, TimeUnit.MILLISECONDS).set(ARQ.httpServiceAllowed, false)
                .set(ARQ.spillToDiskThreshold, ServerGuards.SPILL_THRESHOLD).build()) {
            OutputStream sink = OutputStream.nullOutputStream();
            if (query.isSelectType())
                ResultSetFormatter.outputAsJSON(sink, exec.execSelect());
            else if (query.isAskType())
                exec.execAsk();
            else if (query.isJsonType())
                exec.execJson();
            else {
                StreamRDF out = StreamRDFWriter.getWriterStream(sink, RDFFormat.NTRIPLES);
                out.start();
                StreamRDFOps.sendTriplesToStream(query.isConstructType() ? exec.execConstructTriples() : exec.execDescribeTriples(), out);
                out.finish();
            }
        }
    }
}
