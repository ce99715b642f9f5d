import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded, seeded random fuzz run against a running rehabkg server (JDK only): SPARQL queries built
 * from a small grammar of the shapes that hurt (regex, string growth, paths, nesting, functions by
 * IRI, aggregates), byte-level mutations of valid queries and updates, odd headers. Each request must
 * be answered within the timeout + 3 s, never with a 5xx other than 503, never naming a Java class,
 * and /$/ping must answer after each. Prints one line per failure (with the seed and the input) and a
 * summary; exit 1 if any.
 *
 *   java bench/fuzz/Fuzz.java BASE_URL SECONDS [SEED]
 */
public class Fuzz {
    static final String[] FUNCTIONS = { "REGEX(%s, %s)", "REGEX(%s, %s, \"imsxq\")", "REPLACE(%s, %s, \"$0$0\")", "CONCAT(%s, %s)",
        "UCASE(%s)", "ENCODE_FOR_URI(%s)", "STRLEN(%s)", "SUBSTR(%s, 2)", "STRBEFORE(%s, %s)", "<http://www.w3.org/2005/xpath-functions#matches>(%s, %s)",
        "<http://jena.apache.org/ARQ/function#sprintf>(%s, %s)", "<http://jena.apache.org/ARQ/function#strjoin>(%s, %s, %s)",
        "<java:java.lang.Runtime>(%s)", "<http://jena.apache.org/ARQ/function#eval>(%s)", "<http://jena.apache.org/ARQ/function#print>(%s)",
        "STR(%s)", "LANG(%s)", "xsd:integer(%s)", "IRI(%s)", "BNODE(%s)", "SHA512(%s)", "COALESCE(%s, %s)", "IF(%s, %s, %s)" };
    static final String[] ATOMS = { "?s", "?o", "?l", "\"a\"", "\"(.*a){12}b\"", "\"%99999999s\"", "\"\"", "\"\\\\\"", "1", "-1", "1e308",
        "\"x\"@en", "<urn:x>", "\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"", "\"[\"", "\"$9\"", "true" };
    static final String[] PATTERNS = { "?s ?p ?o", "?s <http://www.w3.org/2000/01/rdf-schema#label> ?l", "?s (<urn:p>|!<urn:p>)* ?o",
        "?s ?p ?o . ?a ?b ?c", "OPTIONAL { ?s ?p ?o }", "FILTER NOT EXISTS { ?s ?p ?o }", "VALUES ?o { \"a\" \"b\" }",
        "SERVICE <http://127.0.0.1:1/> { ?s ?p ?o }", "GRAPH ?g { ?s ?p ?o }", "MINUS { ?s ?p ?o }" };

    static final String ODD = "{}()<>\"'\\?$#.;,|!*+^@\u0000\u00e9\ud83d";

    final Random random;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final String base;
    final List<String> failures = new ArrayList<>();
    final TreeMap<String, AtomicInteger> statuses = new TreeMap<>();

    Fuzz(String base, long seed) {
        this.base = base;
        this.random = new Random(seed);
    }

    public static void main(String[] args) throws Exception {
        String base = args[0].endsWith("/") ? args[0] : args[0] + "/";
        long seconds = Long.parseLong(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : System.nanoTime();
        Fuzz f = new Fuzz(base, seed);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        int n = 0;
        while (System.nanoTime() < end) {
            f.one(n++);
        }
        System.out.printf("fuzz: seed %d, %d requests in %d s, statuses %s, %d failures%n", seed, n, seconds, f.statuses, f.failures.size());
        f.failures.forEach(System.out::println);
        System.exit(f.failures.isEmpty() ? 0 : 1);
    }

    String pick(String[] from) {
        return from[random.nextInt(from.length)];
    }

    String expr(int depth) {
        if (depth <= 0 || random.nextInt(4) == 0)
            return pick(ATOMS);
        String f = pick(FUNCTIONS);
        Object[] args = new Object[3];
        for (int i = 0; i < 3; i++)
            args[i] = expr(depth - 1);
        return String.format(f, args);
    }

    String query() {
        StringBuilder where = new StringBuilder();
        for (int i = 0, n = 1 + random.nextInt(3); i < n; i++)
            where.append(pick(PATTERNS)).append(" . ");
        for (int i = 0, n = random.nextInt(4); i < n; i++)
            where.append("BIND(").append(expr(1 + random.nextInt(6))).append(" AS ?v").append(i).append(") ");
        if (random.nextBoolean())
            where.append("FILTER(").append(expr(3)).append(") ");
        String select = random.nextInt(4) == 0 ? "SELECT (GROUP_CONCAT(" + expr(2) + ") AS ?g)" : "SELECT *";
        String q = "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> " + select + " WHERE { " + where + "}"
                + (random.nextBoolean() ? " ORDER BY ?s" : "") + " LIMIT " + (1 + random.nextInt(100));
        return random.nextInt(5) == 0 ? mutate(q) : q;
    }

    /** A few random byte-level edits: a dropped, doubled or replaced character. */
    String mutate(String s) {
        StringBuilder b = new StringBuilder(s);
        for (int i = 0, n = 1 + random.nextInt(4); i < n && b.length() > 1; i++) {
            int at = random.nextInt(b.length());
            switch (random.nextInt(4)) {
                case 0 -> b.deleteCharAt(at);
                case 1 -> b.insert(at, b.charAt(at));
                case 2 -> b.setCharAt(at, ODD.charAt(random.nextInt(ODD.length())));
                default -> b.insert(at, "(".repeat(random.nextInt(2000)));
            }
        }
        return b.toString();
    }

    void one(int n) throws InterruptedException {
        String kind;
        HttpRequest.Builder r;
        String input;
        switch (random.nextInt(5)) {
            case 0, 1, 2 -> {
                kind = "query";
                input = query();
                r = HttpRequest.newBuilder(URI.create(base + "rehab/sparql?timeout=1"))
                        .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(input, StandardCharsets.UTF_8)))
                        .header("Content-Type", "application/x-www-form-urlencoded");
            }
            case 3 -> {
                kind = "update";
                input = mutate("INSERT DATA { <urn:x> <urn:p> \"" + pick(ATOMS).replace("\"", "") + "\" }");
                r = HttpRequest.newBuilder(URI.create(base + "rehab/update"))
                        .POST(HttpRequest.BodyPublishers.ofString(input)).header("Content-Type", "application/sparql-update");
                String login = System.getenv("FUZZ_LOGIN");   // user:password of a server with --update
                if (login != null)
                    r.header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(login.getBytes(StandardCharsets.UTF_8)));
            }
            default -> {
                kind = "headers";
                input = mutate(pick(new String[] { "application/sparql-results+json", "text/turtle;q=0.5, */*", "text/html", "application/rdf+xml" }));
                r = HttpRequest.newBuilder(URI.create(base + pick(new String[] { "rehab/sparql?query=ASK%7B%7D", "rehabkg/occupational-therapy", "", "compare?a=OT&b=PT" })))
                        .GET();
                try {
                    r.header("Accept", input);
                } catch (IllegalArgumentException e) {
                    return;   // not a header value the client can send
                }
            }
        }
        long start = System.nanoTime();
        int status;
        String body;
        try {
            HttpResponse<String> resp = http.send(r.timeout(Duration.ofSeconds(15)).build(), HttpResponse.BodyHandlers.ofString());
            status = resp.statusCode();
            body = resp.body();
        } catch (java.io.IOException e) {
            status = 0;
            body = e.toString();
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        statuses.computeIfAbsent(kind + " " + status, k -> new AtomicInteger()).incrementAndGet();
        String why = null;
        if (status == 0)
            why = "no answer (" + body + ")";
        else if (status >= 500 && status != 503)
            why = "status " + status;
        else if (ms > 4_000)
            why = "answered after " + ms + " ms";
        else if (status >= 400 && body.matches("(?s).*\\b(java|org\\.apache|org\\.eclipse)\\.[a-z]+\\.[A-Za-z.]*(Exception|Error)\\b.*"))
            why = "names a Java class";
        if (why != null)
            failures.add("#" + n + " " + kind + ": " + why + "\n    input: " + abbreviate(input) + "\n    answer: " + abbreviate(body));
        try {
            HttpResponse<String> ping = http.send(HttpRequest.newBuilder(URI.create(base + "$/ping")).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (ping.statusCode() != 200)
                failures.add("#" + n + " ping " + ping.statusCode() + " after " + kind + ": " + abbreviate(input));
        } catch (java.io.IOException e) {
            failures.add("#" + n + " no ping after " + kind + ": " + abbreviate(input));
        }
    }

    static String abbreviate(String s) {
        String one = s.replace("\n", " ");
        return one.length() > 300 ? one.substring(0, 300) + "…(" + one.length() + " chars)" : one;
    }
}
