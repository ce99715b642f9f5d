// The search itself, without HTTP: p50 and p99 of SearchIndex.search at concurrency 8 over the same mix
// as bench/search.lua, to tell the index's cost from the server's and the machine's. Run by bench/search:
//   java -cp target/rehabkg-*-app.jar bench/SearchLatency.java [seconds]
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.rehabkg.api.RehabGraph;
import org.rehabkg.api.SearchIndex;
import org.rehabkg.api.SearchRequest;

public class SearchLatency {
    static final String[] MIX = { "occupational therapy", "occ", "occup", "physio", "physiotherapy", "stroke", "strke",
            "autisim", "ocupational terapy", "MESH:D009788", "mesh:D009788", "D009788", "http://id.nlm.nih.gov/mesh/D009788",
            "rkg:occupational-therapy", "OT", "PTA", "Ergotherapie", "spinal cord", "cerebral", "licen", "NBCOT", "therapy",
            "assistive devices", "children with autism", "brain injury", "Condition", "NPTE", "speech" };

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        long t0 = System.nanoTime();
        SearchIndex index = SearchIndex.of(RehabGraph.embedded());
        System.out.printf("index_build_ms=%.0f%n", (System.nanoTime() - t0) / 1e6);
        for (boolean select : new boolean[] { false, true }) {
            run(index, select, 3);                       // warm-up
            long[] all = run(index, select, seconds);
            java.util.Arrays.sort(all);
            System.out.printf("inprocess api=%s concurrency=8 calls=%d p50_us=%d p99_us=%d max_us=%d%n", select ? "select" : "search",
                    all.length, all[all.length / 2] / 1000, all[(int) (all.length * 0.99)] / 1000, all[all.length - 1] / 1000);
        }
    }

    static long[] run(SearchIndex index, boolean select, int seconds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Future<List<Long>>> parts = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int offset = t;
            parts.add(pool.submit(() -> {
                List<Long> times = new ArrayList<>();
                for (int i = offset; System.nanoTime() < end; i++) {
                    SearchRequest r = new SearchRequest(MIX[i % MIX.length], select, Set.of(), Set.of(), false, Set.of(), 0, 10, "en");
                    long s = System.nanoTime();
                    index.search(r);
                    times.add(System.nanoTime() - s);
                }
                return times;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> f : parts)
            all.addAll(f.get());
        pool.shutdown();
        return all.stream().mapToLong(Long::longValue).toArray();
    }
}
