package org.rehabkg.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rehabkg.fuzz.FuzzBudget;
import org.rehabkg.fuzz.Gen;

import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Fuzzing of the command line in-process (issue 18 §4 and "Beyond this list"): a verb
 * with options taken from its own picocli spec, given odd values (bad numbers, enormous names,
 * broken queries, paths that cannot be read or written), must exit 0, 1 or 2 within
 * {@value #LIMIT_SECONDS} s, with no stack trace or Java class name on stderr. Verbs that serve,
 * write a database or a release (serve, load, backup, restore, compact, release) are left out: they
 * run until stopped or change files, and have their own tests. Not part of {@code mvn verify}:
 * {@code bench/fuzz/run.sh} runs it.
 */
class CliFuzz {
    static final int LIMIT_SECONDS = 60;
    static final List<String> VERBS = List.of("query", "lookup", "compare", "recommend", "team", "stats", "queries", "export", "validate");
    static final Set<String> PATH_OPTIONS = Set.of("--output-dir", "--output", "-o", "--data", "--tdb", "--batch");

    static Path dir;
    static InputStream stdin;
    static ExecutorService runner;

    @BeforeAll
    static void start() throws IOException {
        dir = Files.createTempDirectory("rehabkg-clifuzz");
        Files.writeString(dir.resolve("garbage.rq"), "SELECT * WHERE { ?s ?p \"unterminated }");
        Files.write(dir.resolve("binary.bin"), new byte[] { (byte) 0xff, 0, (byte) 0xc3 });
        Files.createDirectories(dir.resolve("empty-dir"));
        stdin = System.in;
        System.setIn(new ByteArrayInputStream(new byte[0]));   // `--batch -` reads stdin: give it an empty one
        runner = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "cli-fuzz");
            t.setDaemon(true);
            return t;
        });
    }

    @AfterAll
    static void stop() throws IOException {
        System.setIn(stdin);
        runner.shutdownNow();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    static Gen<String> oddValue() {
        return Gen.oneOf(
                Gen.of("", "NaN", "Infinity", "-1", "0", "1", "1e300", "0x10", "ten", "--", "-", "--help", "\u0000", "é", "OT", "PT",
                        "occupational therapy", "stroke", "autism", "children", "mobility", "core-focus", "demo/professions", "json", "csv",
                        "ttl", "trig", "markdown", "text", "xml", "tsv", "nt", "jsonld", "profession=<urn:x>", "profession=", "=", "a=b=c",
                        "SELECT * WHERE { ?s ?p ?o } LIMIT 2", "ASK {", "SELECT ?x { BIND(REGEX(\"aaaa\", \"(.*a){12}b\") AS ?x) }",
                        "http://127.0.0.1:1/sparql", "file:///etc/passwd", "not a url", "http://[::1", "https://w3id.org/rehabkg/OT",
                        "../../../../etc/passwd", "${jndi:ldap://127.0.0.1:1/a}", "%n%s%s", "\u202e", "x".repeat(250)),
                Gen.ints(1, 300_000).map("a"::repeat),
                Gen.anyStrings(12));
    }

    static Gen<String> pathValue() {
        return Gen.of("/dev/null", "/dev/full", "/nonexistent/x/y", "garbage.rq", "binary.bin", "empty-dir", "new-dir/out", "-", "",
                "/proc/self/mem").map(p -> p.startsWith("/") || p.equals("-") || p.isEmpty() ? p : dir.resolve(p).toString());
    }

    /** One option of the verb (or a made-up one), with a value when it takes one. */
    static Gen<List<String>> option(String verb) {
        CommandLine sub = Main.commandLine().getSubcommands().get(verb);
        List<OptionSpec> options = sub.getCommandSpec().options();
        Gen<OptionSpec> spec = Gen.of(options);
        Gen<List<String>> known = spec.flatMap(o -> {
            String name = o.names()[Math.abs(o.longestName().hashCode()) % o.names().length];
            if (o.arity().max() == 0)
                return Gen.just(List.of(name));
            Gen<String> value = PATH_OPTIONS.contains(name) ? pathValue() : oddValue();
            return Gen.combine(value, Gen.of(true, false), (v, joined) -> joined ? List.of(name + "=" + v) : List.of(name, v));
        });
        Gen<List<String>> unknown = Gen.of("--nope", "-x", "--timeout", "--param", "--format", "--verbose", "-h", "-V")
                .map(List::of);
        return Gen.frequency(Gen.weighted(5, known), Gen.weighted(1, unknown));
    }

    static Gen<List<String>> commandLines() {
        Gen<List<String>> verbLines = Gen.of(VERBS).flatMap(verb -> Gen.combine(
                option(verb).list(0, 4), oddValue().list(0, 3), Gen.of(true, false),
                (opts, positionals, verbose) -> {
                    List<String> args = new ArrayList<>();
                    if (verbose)
                        args.add("--verbose");
                    args.add(verb);
                    positionals.forEach(args::add);
                    opts.forEach(args::addAll);
                    return args;
                }));
        Gen<List<String>> odd = oddValue().list(0, 3);   // no verb, an unknown one, or options alone
        return Gen.frequency(Gen.weighted(8, verbLines), Gen.weighted(1, odd));
    }

    record Run(int exit, String err) {}

    @Test
    void everyCommandLineExitsZeroOneOrTwoWithoutATrace() {
        FuzzBudget.run("everyCommandLineExitsZeroOneOrTwoWithoutATrace", commandLines(),
                args -> "rehabkg " + String.join(" ", args.stream().map(a -> "'" + a + "'").toList()), this::exitsZeroOneOrTwoWithoutATrace);
    }

    boolean exitsZeroOneOrTwoWithoutATrace(List<String> args) throws Exception {
        String[] argv = args.toArray(String[]::new);
        Future<Run> run = runner.submit(() -> {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int exit = Main.run(argv, OutputStream.nullOutputStream(), err);
            return new Run(exit, err.toString(StandardCharsets.UTF_8));
        });
        Run r;
        try {
            r = run.get(LIMIT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            run.cancel(true);
            return failed("no exit within " + LIMIT_SECONDS + " s");
        }
        if (r.exit() < 0 || r.exit() > 2)
            return failed("exit " + r.exit() + ": " + abbreviate(r.err()));
        if (r.err().contains("internal error (a bug in rehabkg"))
            return failed("a bug: " + abbreviate(r.err()));
        String input = String.join(" ", args);
        // The endpoint's failure names its cause's class on purpose ("ConnectException: …", Main.rootMessage).
        String err = r.err().replaceAll("rehabkg: the SPARQL endpoint failed: [^\n]*", "");
        boolean verbose = args.contains("--verbose");   // asks for stack traces (a bug is failed above)
        var m = java.util.regex.Pattern.compile("\\b(?:java|javax|jdk|sun|org\\.apache|org\\.eclipse|org\\.rehabkg|picocli)\\.(?:[a-z]\\w*\\.)*[A-Z]\\w*"
                + "|\\b[A-Z][a-z]\\w*(?:Exception|Error)\\b|\\tat [\\w$.]+\\(").matcher(err);
        while (!verbose && m.find())
            if (!input.contains(m.group()))
                return failed("stderr names Java (" + m.group() + "): " + abbreviate(r.err()));
        return true;
    }

    static boolean failed(String why) {
        return FuzzBudget.failed(why);
    }

    static String abbreviate(String s) {
        String one = s.replace("\n", "\\n");
        return one.length() > 400 ? one.substring(0, 400) + "…(" + one.length() + " chars)" : one;
    }
}
