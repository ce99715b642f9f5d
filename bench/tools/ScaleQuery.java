import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.system.Txn;
import org.rehabkg.api.QueryResult;
import org.rehabkg.api.RehabGraph;

/**
 * bench: latency of queries over a TDB2 store through rehabkg's Java API (RehabGraph.tdb), in
 * process, warm, each in its own read transaction. Prints CSV lines: query,p50_ms,p99_ms,answer (rows, or the boolean).
 * Usage: ScaleQuery TDB_DIR REPS QUERY.rq...
 */
public final class ScaleQuery {
    public static void main(String[] args) throws Exception {
        int reps = Integer.parseInt(args[1]);
        try (RehabGraph g = RehabGraph.tdb(Path.of(args[0]))) {
            for (int a = 2; a < args.length; a++) {
                Path file = Path.of(args[a]);
                Query q = QueryFactory.create(Files.readString(file));
                String answer = "";
                for (int i = 0; i < Math.max(10, reps / 5); i++)
                    answer = Txn.calculateRead(g.dataset(), () -> describe(g.query(q, null)));
                long[] ns = new long[reps];
                for (int i = 0; i < reps; i++) {
                    long t0 = System.nanoTime();
                    QueryResult r = Txn.calculateRead(g.dataset(), () -> g.query(q, null));
                    ns[i] = System.nanoTime() - t0;
                    answer = describe(r);
                }
                Arrays.sort(ns);
                String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
                System.out.printf("%s,%.3f,%.3f,%s%n", name, ns[reps / 2] / 1e6, ns[Math.min(reps - 1, (int) Math.ceil(reps * 0.99) - 1)] / 1e6, answer);
            }
        }
    }

    static String describe(QueryResult r) {
        return switch (r.form()) {
            case BOOLEAN -> String.valueOf(r.answer());
            case ROWS -> r.rows().size() + " rows";
            case GRAPH -> r.triples().size() + " triples";
        };
    }
}
