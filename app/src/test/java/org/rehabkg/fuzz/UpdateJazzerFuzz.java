package org.rehabkg.fuzz;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.Syntax;
import org.apache.jena.shared.OperationDeniedException;
import org.apache.jena.system.Txn;
import org.apache.jena.update.UpdateException;
import org.apache.jena.update.UpdateExecution;
import org.apache.jena.update.UpdateFactory;
import org.rehabkg.graph.sparql.QueryLimits;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing (Jazzer) of the update path the server runs, in-process: the bytes as an
 * update request body, through {@code LocalOnlyUpdate}'s checks (UTF-8, nesting, ARQ's update parser
 * with {@code ConstantPatternParser}, LOAD, SERVICE, the size of terms), then, when they let it
 * through, run by ARQ with the server's context ({@code BoundedUpdateWorker}'s quad bound, a
 * {@value #TIMEOUT_MS} ms timeout) on an in-memory copy of the embedded graph, in a write
 * transaction that is always aborted, so every input starts from the same data.
 * <p>
 * The property: refused by the checks, or run to its end or refused as Fuseki's update action answers
 * with a 4xx ({@link QueryException} and its kinds, the quad bound among them; {@link UpdateException};
 * {@link OperationDeniedException}), with a message that names no Java class, within the timeout plus
 * {@link QueryJazzerFuzz#SLACK_MS}. Anything else is a finding (Fuseki answers it 500).
 * <p>
 * Seeds: updates of the {@link Sparql} grammar at fixed seeds. Outside the normal suite (the class
 * name ends in Fuzz): {@code bench/fuzz/run.sh --jazzer}.
 */
class UpdateJazzerFuzz {
    static final long TIMEOUT_MS = 1_000;

    /** The embedded graph, copied once into a transactional in-memory dataset that the updates run on. */
    private static final class Copy {
        static final Dataset DATASET = copy();

        private static Dataset copy() {
            Dataset copy = DatasetFactory.createTxnMem();
            Dataset source = EmbeddedGraph.load();
            Txn.executeWrite(copy, () -> Txn.executeRead(source, () -> source.asDatasetGraph().find().forEachRemaining(copy.asDatasetGraph()::add)));
            return copy;
        }
    }

    static Stream<Arguments> seeds() {
        return IntStream.range(0, 60).mapToObj(i -> Sparql.update().next(new Random(i))).map(u -> Arguments.of((Object) u.getBytes(UTF_8)));
    }

    @MethodSource("seeds")
    @FuzzTest(maxDuration = "20s")
    void updatesRunOrAreRefused(byte[] input) {
        String update = new String(input, UTF_8);
        Dataset dataset = Copy.DATASET;
        long start = System.nanoTime();
        String refused = ServerGuards.notUtf8(input);
        if (refused == null)
            refused = ServerGuards.updateRefusal(update);
        if (refused != null)
            JazzerFindings.messageWithoutJava(update, "the update checks", refused);
        else {
            dataset.begin(ReadWrite.WRITE);
            try {
                UpdateExecution.dataset(dataset).update(UpdateFactory.create(update, Syntax.syntaxARQ))
                        .set(QueryLimits.UPDATE_QUADS, QueryLimits.MAX_UPDATE_QUADS).timeout(TIMEOUT_MS, TimeUnit.MILLISECONDS).execute();
            } catch (QueryCancelledException e) {
                // the timeout: the update is aborted, nothing kept
            } catch (QueryException | UpdateException | OperationDeniedException e) {
                JazzerFindings.refusedWithoutJava(update, e);
            } finally {
                dataset.abort();
                dataset.end();
            }
        }
        JazzerFindings.inTime(update, start, TIMEOUT_MS + QueryJazzerFuzz.SLACK_MS);
    }
}
