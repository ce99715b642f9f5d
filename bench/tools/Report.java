import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * bench: turns one results folder of bench/run (CSV files) into report.md: the tables with ratios
 * to the anchors and a line per target (met / not met / not measured). Usage: Report RESULTS_DIR
 */
public final class Report {
    static Path dir;
    static final StringBuilder md = new StringBuilder();
    static final List<String> verdicts = new ArrayList<>();

    public static void main(String[] args) throws IOException {
        Locale.setDefault(Locale.ROOT);
        dir = Path.of(args[0]);
        line("# rehabkg benchmark results");
        line("");
        line("Run folder: `" + dir.getFileName() + "`");
        line("");
        line("```");
        if (Files.exists(dir.resolve("env.txt")))
            md.append(Files.readString(dir.resolve("env.txt")));
        line("```");
        startup();
        phases();
        load();
        rss();
        cli();
        scale();
        line("");
        line("## Targets");
        line("");
        line("| target | measured | verdict |");
        line("|---|---|---|");
        verdicts.forEach(Report::line);
        System.out.print(md);
    }

    // ---- start-up --------------------------------------------------------------------------------
    static void startup() throws IOException {
        List<Map<String, String>> rows = csv("startup.csv");
        if (rows.isEmpty()) { verdict("start-up <= 0.25x stock Fuseki", null, null); return; }
        line("");
        line("## 1. Start-up: launch to first successful answer (ASK), median of runs");
        line("");
        line("| target | runs | median ms | min ms | max ms | RSS at first answer (MiB, median) | vs Fuseki |");
        line("|---|---|---|---|---|---|---|");
        Double fuseki = median(col(rows, "ms", r -> r.get("target").equals("fuseki")));
        for (String t : distinct(rows, "target")) {
            List<Double> ms = col(rows, "ms", r -> r.get("target").equals(t));
            List<Double> rss = col(rows, "rss_kb", r -> r.get("target").equals(t));
            line("| " + t + " | " + ms.size() + " | " + f0(median(ms)) + " | " + f0(min(ms)) + " | " + f0(max(ms)) + " | "
                 + f0(median(rss) / 1024) + " | " + ratio(median(ms), fuseki) + " |");
        }
        Double rk = median(col(rows, "ms", r -> r.get("target").equals("rehabkg")));
        verdict("start-up <= 0.25x stock Fuseki", rk == null || fuseki == null ? null : rk / fuseki, x -> x <= 0.25,
                rk == null ? null : f0(rk) + " ms vs " + f0(fuseki) + " ms");
    }

    static void phases() throws IOException {
        List<Map<String, String>> rows = csv("phases.csv");
        if (rows.isEmpty()) return;
        line("");
        line("Where `rehabkg serve`'s start-up goes (`bench/tools/ServePhases.java`: the same steps in one cold JVM, serial GC, no AOT cache; median ms):");
        line("");
        line("| phase | ms |");
        line("|---|---|");
        for (String p : distinct(rows, "phase"))
            line("| " + p + " | " + f0(median(col(rows, "ms", r -> r.get("phase").equals(p)))) + " |");
    }

    // ---- throughput and latency ------------------------------------------------------------------------
    static void load() throws IOException {
        List<Map<String, String>> rows = csv("load.csv");
        if (rows.isEmpty()) {
            for (String v : List.of("throughput c=8 >= 5x stock Fuseki as shipped", "throughput c=8 >= 1x tuned stock Fuseki",
                                    "throughput c=8 >= 0.3x static ceiling", "p99 at c=32 <= 0.2x stock Fuseki as shipped"))
                verdict(v, null, null);
            return;
        }
        Set<String> targets = distinct(rows, "target");
        line("");
        line("## 2. Throughput and latency (wrk, GET with the URL-encoded query, JSON results)");
        line("");
        line("| query | c | target | req/s | p50 ms | p99 ms | req/s vs Fuseki | vs tuned | vs static | p99 vs Fuseki |");
        line("|---|---|---|---|---|---|---|---|---|---|");
        for (String q : distinct(rows, "query"))
            for (String c : distinct(rows, "concurrency"))
                for (String t : targets) {
                    Map<String, String> r = find(rows, t, q, c);
                    if (r == null) continue;
                    Map<String, String> fs = find(rows, "fuseki", q, c), ft = find(rows, "fuseki-tuned", q, c), st = find(rows, "static", q, c);
                    String bad = !"0".equals(r.get("non2xx")) || !"0".equals(r.get("errors")) ? " (errors: " + r.get("non2xx") + " non-2xx, " + r.get("errors") + " socket)" : "";
                    line("| " + q + " | " + c + " | " + t + bad + " | " + f0(d(r, "rps")) + " | " + f2(d(r, "p50_ms")) + " | " + f2(d(r, "p99_ms"))
                         + " | " + ratio(d(r, "rps"), d(fs, "rps")) + " | " + ratio(d(r, "rps"), d(ft, "rps")) + " | " + ratio(d(r, "rps"), d(st, "rps"))
                         + " | " + ratio(d(r, "p99_ms"), d(fs, "p99_ms")) + " |");
                }
        worst(rows, "rehabkg", "8", "rps", "fuseki", "throughput c=8 >= 5x stock Fuseki as shipped", x -> x >= 5, true);
        worst(rows, "rehabkg", "8", "rps", "fuseki-tuned", "throughput c=8 >= 1x tuned stock Fuseki", x -> x >= 1, true);
        worst(rows, "rehabkg", "8", "rps", "static", "throughput c=8 >= 0.3x static ceiling (with the result cache)", x -> x >= 0.3, true);
        worst(rows, "rehabkg", "32", "p99_ms", "fuseki", "p99 at c=32 <= 0.2x stock Fuseki as shipped", x -> x <= 0.2, false);
        if (targets.contains("rehabkg-nocache")) {
            worst(rows, "rehabkg-nocache", "8", "rps", "fuseki", "(cache off) throughput c=8 >= 5x stock Fuseki as shipped", x -> x >= 5, true);
            worst(rows, "rehabkg-nocache", "8", "rps", "fuseki-tuned", "(cache off) throughput c=8 >= 1x tuned stock Fuseki", x -> x >= 1, true);
            worst(rows, "rehabkg-nocache", "32", "p99_ms", "fuseki", "(cache off) p99 at c=32 <= 0.2x stock Fuseki as shipped", x -> x <= 0.2, false);
        }
    }

    /** The least favourable ratio of rehabkg to an anchor over the queries at one concurrency. */
    static void worst(List<Map<String, String>> rows, String target, String c, String col, String anchor, String what,
                      Predicate<Double> ok, boolean higherIsBetter) {
        Double worst = null;
        StringBuilder per = new StringBuilder();
        for (String q : distinct(rows, "query")) {
            Map<String, String> r = find(rows, target, q, c), a = find(rows, anchor, q, c);
            if (r == null || a == null) continue;
            double x = d(r, col) / d(a, col);
            per.append(per.length() == 0 ? "" : ", ").append(q).append(' ').append(f2(x)).append('x');
            if (worst == null || (higherIsBetter ? x < worst : x > worst)) worst = x;
        }
        verdict(what, worst, ok, worst == null ? null : per.toString());
    }

    // ---- memory ---------------------------------------------------------------------------------------
    static void rss() throws IOException {
        List<Map<String, String>> rows = csv("rss.csv");
        if (rows.isEmpty()) { verdict("peak RSS <= 0.1x stock Fuseki", null, null); return; }
        line("");
        line("## 3. Peak RSS under that load (VmHWM after all load runs)");
        line("");
        line("| target | peak RSS MiB | RSS after start MiB | after the load: anonymous / file-backed MiB | peak vs Fuseki |");
        line("|---|---|---|---|---|");
        Double fs = null;
        for (Map<String, String> r : rows) if (r.get("target").equals("fuseki")) fs = d(r, "peak_rss_kb");
        Double rk = null;
        for (Map<String, String> r : rows) {
            if (r.get("target").equals("rehabkg")) rk = d(r, "peak_rss_kb");
            String split = r.get("anon_kb_after_load") == null ? "—" : f0(d(r, "anon_kb_after_load") / 1024) + " / " + f0(d(r, "file_kb_after_load") / 1024);
            line("| " + r.get("target") + " | " + f0(d(r, "peak_rss_kb") / 1024) + " | " + f0(d(r, "rss_after_start_kb") / 1024) + " | " + split + " | " + ratio(d(r, "peak_rss_kb"), fs) + " |");
        }
        verdict("peak RSS <= 0.1x stock Fuseki", rk == null || fs == null ? null : rk / fs, x -> x <= 0.1,
                rk == null ? null : f0(rk / 1024) + " MiB vs " + f0(fs / 1024) + " MiB");
    }

    // ---- one-shot --------------------------------------------------------------------------------------
    static void cli() throws IOException {
        List<Map<String, String>> rows = csv("cli.csv");
        if (rows.isEmpty()) { verdict("one-shot CLI <= 0.3x Jena sparql", null, null); return; }
        line("");
        line("## 4. One-shot command line (hyperfine, wall time)");
        line("");
        line("| command | median ms | mean ms | stddev ms |");
        line("|---|---|---|---|");
        Double rk = null, js = null;
        for (Map<String, String> r : rows) {
            line("| " + r.get("command") + " | " + r.get("median_ms") + " | " + r.get("mean_ms") + " | " + r.get("stddev_ms") + " |");
            if (r.get("command").startsWith("rehabkg query") && rk == null) rk = d(r, "median_ms");
            if (r.get("command").startsWith("jena")) js = d(r, "median_ms");
        }
        verdict("one-shot CLI <= 0.3x Jena sparql", rk == null || js == null ? null : rk / js, x -> x <= 0.3,
                rk == null || js == null ? null : f0(rk) + " ms vs " + f0(js) + " ms");
    }

    // ---- scale ------------------------------------------------------------------------------------------
    static void scale() throws IOException {
        List<Map<String, String>> rates = csv("load-rate.csv");
        List<Map<String, String>> lat = csv("scale.csv");
        if (rates.isEmpty()) {
            verdict("TDB2 load rate >= 0.9x tdb2.tdbloader", null, null);
            verdict("latency at the largest store <= 2x that at 10^4", null, null);
            return;
        }
        line("");
        line("## 5. Scale: synthetic linked vocabulary in TDB2");
        line("");
        line("| triples | loader | seconds | triples/s | vs tdb2.tdbloader |");
        line("|---|---|---|---|---|");
        Double worstRate = null;
        for (Map<String, String> r : rates) {
            Map<String, String> tl = null;
            for (Map<String, String> o : rates)
                if (o.get("triples").equals(r.get("triples")) && o.get("loader").equals("tdbloader")) tl = o;
            line("| " + r.get("triples") + " | " + r.get("loader") + " | " + r.get("seconds") + " | " + r.get("triples_per_s") + " | " + ratio(d(r, "triples_per_s"), d(tl, "triples_per_s")) + " |");
            if (r.get("loader").equals("rehabkg") && tl != null) {
                double x = d(r, "triples_per_s") / d(tl, "triples_per_s");
                if (worstRate == null || x < worstRate) worstRate = x;
            }
        }
        verdict("TDB2 load rate >= 0.9x tdb2.tdbloader", worstRate, x -> x >= 0.9, worstRate == null ? null : "worst over sizes " + f2(worstRate) + "x");
        if (lat.isEmpty()) return;
        line("");
        line("Named-query latency over the store (rehabkg's Java API on TDB2, in process, warm):");
        line("");
        line("| triples | store | query | p50 ms | p99 ms | answer | p50 vs smallest |");
        line("|---|---|---|---|---|---|---|");
        String smallest = null, largest = null;
        for (Map<String, String> r : lat) {
            long n = Long.parseLong(r.get("triples"));
            if (smallest == null || n < Long.parseLong(smallest)) smallest = r.get("triples");
            if (largest == null || n > Long.parseLong(largest)) largest = r.get("triples");
        }
        Double worst = null;
        StringBuilder per = new StringBuilder();
        for (Map<String, String> r : lat) {
            Map<String, String> base = null;
            for (Map<String, String> o : lat)
                if (o.get("triples").equals(smallest) && o.get("store").equals(r.get("store")) && o.get("query").equals(r.get("query"))) base = o;
            line("| " + r.get("triples") + " | " + r.get("store") + " | " + r.get("query") + " | " + r.get("p50_ms") + " | " + r.get("p99_ms") + " | " + r.get("answer") + " | " + ratio(d(r, "p50_ms"), d(base, "p50_ms")) + " |");
            if (r.get("triples").equals(largest) && !largest.equals(smallest) && base != null) {
                double x = d(r, "p50_ms") / d(base, "p50_ms");
                per.append(per.length() == 0 ? "" : ", ").append(r.get("query")).append(' ').append(f2(x)).append('x');
                if (worst == null || x > worst) worst = x;
            }
        }
        verdict("latency (p50) at " + largest + " triples <= 2x that at " + smallest, worst, x -> x <= 2, worst == null ? null : per.toString());
    }

    // ---- helpers ------------------------------------------------------------------------------------------
    static void verdict(String what, Double x, Predicate<Double> ok) { verdict(what, x, ok, null); }

    static void verdict(String what, Double x, Predicate<Double> ok, String detail) {
        if (x == null) { verdicts.add("| " + what + " | not measured in this run | — |"); return; }
        verdicts.add("| " + what + " | " + f2(x) + "x" + (detail == null ? "" : " (" + detail + ")") + " | " + (ok.test(x) ? "**met**" : "not met") + " |");
    }

    static Map<String, String> find(List<Map<String, String>> rows, String t, String q, String c) {
        for (Map<String, String> r : rows)
            if (r.get("target").equals(t) && r.get("query").equals(q) && r.get("concurrency").equals(c)) return r;
        return null;
    }

    static List<Map<String, String>> csv(String name) throws IOException {
        Path p = dir.resolve(name);
        List<Map<String, String>> rows = new ArrayList<>();
        if (!Files.exists(p)) return rows;
        List<String> lines = Files.readAllLines(p);
        if (lines.isEmpty()) return rows;
        String[] head = split(lines.get(0));
        for (String l : lines.subList(1, lines.size())) {
            if (l.isBlank()) continue;
            String[] v = split(l);
            Map<String, String> m = new LinkedHashMap<>();
            for (int i = 0; i < head.length && i < v.length; i++) m.put(head[i], v[i]);
            rows.add(m);
        }
        return rows;
    }

    static String[] split(String l) {
        String[] v = l.split(",", -1);
        for (int i = 0; i < v.length; i++) v[i] = v[i].replace("\"", "").strip();
        return v;
    }

    static Set<String> distinct(List<Map<String, String>> rows, String col) {
        Set<String> s = new LinkedHashSet<>();
        rows.forEach(r -> s.add(r.get(col)));
        return s;
    }

    static List<Double> col(List<Map<String, String>> rows, String col, Predicate<Map<String, String>> keep) {
        return rows.stream().filter(keep).map(r -> Double.parseDouble(r.get(col))).sorted().toList();
    }

    static Double median(List<Double> v) {
        if (v.isEmpty()) return null;
        int n = v.size();
        return n % 2 == 1 ? v.get(n / 2) : (v.get(n / 2 - 1) + v.get(n / 2)) / 2;
    }

    static Double min(List<Double> v) { return v.isEmpty() ? null : v.get(0); }

    static Double max(List<Double> v) { return v.isEmpty() ? null : v.get(v.size() - 1); }

    static Double d(Map<String, String> r, String col) { return r == null || r.get(col) == null ? null : Double.parseDouble(r.get(col)); }

    static String ratio(Double a, Double b) { return a == null || b == null || b == 0 ? "—" : f2(a / b) + "x"; }

    static String f0(Double x) { return x == null ? "—" : String.format("%.0f", x); }

    static String f2(Double x) { return x == null ? "—" : String.format(x < 0.1 ? "%.3f" : "%.2f", x); }

    static void line(String s) { md.append(s).append('\n'); }
}
