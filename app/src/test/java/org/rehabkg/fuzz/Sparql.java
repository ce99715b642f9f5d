package org.rehabkg.fuzz;

import static net.jqwik.api.Tuple.of;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * SPARQL queries and updates built from the grammar: expressions (string, regex, numeric and
 * by-IRI functions, nested), graph patterns (property paths, OPTIONAL, UNION, MINUS, NOT EXISTS,
 * GRAPH, SERVICE, VALUES, sub-queries), the four query forms with aggregates and modifiers, odd
 * literals and IRIs, deep nesting and long chains, and token-level mutations of valid queries (the
 * generated ones and the repository's named queries). Mostly valid input that does odd things,
 * some invalid input that must be refused cleanly.
 */
final class Sparql {
    static final String PROLOGUE = """
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX rkg: <https://w3id.org/rehabkg/>
            PREFIX fn: <http://www.w3.org/2005/xpath-functions#>
            PREFIX afn: <http://jena.apache.org/ARQ/function#>
            """;

    private Sparql() {}

    // ---- terms

    static Arbitrary<String> variable() {
        return Arbitraries.of("?s", "?p", "?o", "?l", "?g", "?v0", "?v1", "$s", "?undefined");
    }

    /** The text inside a literal's quotes: short odd strings, long runs (backtracking inputs), escapes. */
    static Arbitrary<String> literalText() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("aAbé𝔸 .*()[]{}\\\"'$%0-9\n\t\u0000").ofMaxLength(12),
                Arbitraries.strings().all().ofMaxLength(6),
                Arbitraries.integers().between(1, 300).map("a"::repeat),
                Arbitraries.of("", "%99999999s", "%n", "%s%s%s", "(.*a){12}b", "[", "\\", "$9", "x\uD800", "\u202Eevil"));
    }

    /** Escaped for a SPARQL string literal, mostly; sometimes not, for the parser to refuse. */
    static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r") + "\"";
    }

    static Arbitrary<String> literal() {
        Arbitrary<String> plain = literalText().map(Sparql::quote);
        return Arbitraries.oneOf(plain,
                Combinators.combine(plain, Arbitraries.of("en", "en-GB", "x-odd-tag-1234567", "EN", "qqqqqqqqq", "en--x", "e")).as((l, t) -> l + "@" + t),
                Combinators.combine(plain, Arbitraries.of("xsd:integer", "xsd:double", "xsd:dateTime", "xsd:date", "xsd:boolean",
                        "xsd:decimal", "xsd:hexBinary", "<urn:odd>", "rdf:langString", "xsd:int")).as((l, t) -> l + "^^" + t),
                Arbitraries.of("1", "-1", "0", "1e308", "-1e308", "1e-400", "1.0", "99999999999999999999999999", "\"NaN\"^^xsd:double",
                        "\"INF\"^^xsd:double", "\"-0\"^^xsd:decimal", "true", "false", "\"2026-02-30\"^^xsd:date",
                        "\"9999999999-01-01T00:00:00Z\"^^xsd:dateTime", "'''triple\nquoted'''", "\"\"\"\"\"\"", "\"\\u0000\""));
    }

    static Arbitrary<String> iri() {
        return Arbitraries.oneOf(
                Arbitraries.of("<urn:x>", "<https://w3id.org/rehabkg/OccupationalTherapy>", "rdfs:label", "rkg:Profession", "a",
                        "<http://127.0.0.1:1/>", "<file:///etc/passwd>", "<>", "<#frag>", "<http://example.org/é>", "<urn:%00>",
                        "<http://[::1]:0/>", "<java:java.lang.Runtime>", "undefined:prefix", "<urn:" + "x".repeat(5000) + ">"),
                Arbitraries.strings().withChars("az09:/#%.é -").ofMaxLength(20).map(s -> "<urn:" + s + ">"));
    }

    static Arbitrary<String> atom() {
        return Arbitraries.frequencyOf(of(3, variable()), of(4, literal()), of(2, iri()),
                of(1, Arbitraries.of("<<( <urn:a> <urn:b> <urn:c> )>>", "_:b", "[]", "()")));
    }

    // ---- expressions

    static Arbitrary<String> regexPattern() {
        return Arbitraries.oneOf(
                Arbitraries.of("[", "(", ")", "*", "+a", "a{99999999}", "(a*)*b", "(.*a){12}b", "\\", "\\k<n>", "(?<n>a)\\k<n>",
                        "\\p{IsGreek}", "\\p{Nope}", "[[:alpha:]]", "(?x) a # c", "(?i)A", "^$", "", "[z-a]", "\\Q[\\E", "(?=a)", "\\1",
                        ".{0,65536}", "[\\s\\S]*").map(Sparql::quote),
                Arbitraries.strings().withChars("()[]{}*+?|\\^$.-aZ0,:=<!>").ofMaxLength(10).map(Sparql::quote));
    }

    static Arbitrary<String> regexFlags() {
        return Arbitraries.oneOf(Arbitraries.strings().withChars("imsxqz").ofMaxLength(4), Arbitraries.just("\u0000"))
                .map(Sparql::quote);
    }

    /** REGEX and REPLACE with odd patterns, also folded from constants (UCASE, CONCAT) or taken from data. */
    static Arbitrary<String> regexCall(Arbitrary<String> e) {
        Arbitrary<String> pattern = Arbitraries.oneOf(regexPattern(), regexPattern().map(p -> "UCASE(" + p + ")"),
                Combinators.combine(regexPattern(), regexPattern()).as((a, b) -> "CONCAT(" + a + ", " + b + ")"), e);
        Arbitrary<String> replacement = Arbitraries.of("$0$0", "$9", "\\", "$", "${n}", "x", "$0$0$0$0$0$0$0$0").map(Sparql::quote);
        return Arbitraries.oneOf(
                Combinators.combine(e, pattern).as((a, p) -> "REGEX(" + a + ", " + p + ")"),
                Combinators.combine(e, pattern, regexFlags()).as((a, p, f) -> "REGEX(" + a + ", " + p + ", " + f + ")"),
                Combinators.combine(e, pattern, replacement).as((a, p, r) -> "REPLACE(" + a + ", " + p + ", " + r + ")"),
                Combinators.combine(e, pattern, replacement, regexFlags()).as((a, p, r, f) -> "REPLACE(" + a + ", " + p + ", " + r + ", " + f + ")"),
                Combinators.combine(e, pattern).as((a, p) -> "fn:matches(" + a + ", " + p + ")"));
    }

    static final List<String> UNARY = List.of("UCASE(%s)", "LCASE(%s)", "STR(%s)", "STRLEN(%s)", "ENCODE_FOR_URI(%s)", "LANG(%s)",
            "DATATYPE(%s)", "IRI(%s)", "BNODE(%s)", "SHA512(%s)", "MD5(%s)", "ABS(%s)", "CEIL(%s)", "ROUND(%s)", "isIRI(%s)",
            "xsd:integer(%s)", "xsd:double(%s)", "xsd:dateTime(%s)", "YEAR(%s)", "!%s", "-%s", "BOUND(?s)", "fn:string-length(%s)",
            "<java:java.lang.Runtime>(%s)", "afn:eval(%s)", "afn:print(%s)", "afn:wait(%s)", "<urn:unknown:function>(%s)",
            "afn:localname(%s)", "TRIPLE(%s, %s, %s)", "isTRIPLE(%s)", "SUBJECT(%s)", "NOW()", "RAND()", "STRUUID()");
    static final List<String> BINARY = List.of("CONCAT(%s, %s)", "CONCAT(%s, %s, %1$s, %2$s)", "STRSTARTS(%s, %s)", "STRBEFORE(%s, %s)",
            "STRAFTER(%s, %s)", "CONTAINS(%s, %s)", "LANGMATCHES(%s, %s)", "SUBSTR(%s, %s)", "SUBSTR(%s, 1, %s)", "%s + %s", "%s * %s",
            "%s / %s", "%s = %s", "%s < %s", "%s && %s", "%s || %s", "%s IN (%s)", "%s NOT IN (%s, %1$s)", "COALESCE(%s, %s)",
            "STRDT(%s, %s)", "STRLANG(%s, %s)", "sameTerm(%s, %s)", "afn:sprintf(%s, %s)", "afn:strjoin(%s, %s, %s)",
            "IF(%s, %s, %s)", "fn:string-join((%s, %s), %s)", "afn:max(%s, %s)");

    static Arbitrary<String> expression() {
        return Arbitraries.recursive(Sparql::atom, e -> Arbitraries.frequencyOf(
                of(2, atom()),
                of(3, Combinators.combine(Arbitraries.of(UNARY), e).as((f, a) -> String.format(f, a, a, a))),
                of(4, Combinators.combine(Arbitraries.of(BINARY), e, e).as((f, a, b) -> String.format(f, a, b, a))),
                of(3, regexCall(e)),
                of(1, Combinators.combine(e, e).as((a, b) -> "EXISTS { ?s ?p " + a + " } || " + b))), 0, 5);
    }

    // ---- graph patterns

    static Arbitrary<String> path() {
        return Arbitraries.recursive(() -> Arbitraries.of("rdfs:label", "<urn:p>", "a", "rkg:relatedTo", "<http://www.w3.org/2004/02/skos/core#broader>"),
                p -> Arbitraries.oneOf(p, p.map(x -> "^" + x), p.map(x -> "(" + x + ")*"), p.map(x -> "(" + x + ")+"), p.map(x -> "(" + x + ")?"),
                        Combinators.combine(p, p).as((a, b) -> a + "/" + b), Combinators.combine(p, p).as((a, b) -> "(" + a + "|" + b + ")"),
                        Arbitraries.of("!(<urn:p>|^<urn:p>)", "!a", "(<urn:p>|!<urn:p>)*", "(!<urn:nope>)*/(!<urn:nope>)*")), 0, 4);
    }

    static Arbitrary<String> triple() {
        return Combinators.combine(Arbitraries.oneOf(variable(), iri()), Arbitraries.oneOf(path(), variable()), atom())
                .as((s, p, o) -> s + " " + p + " " + o + " .");
    }

    static Arbitrary<String> pattern() {
        return Arbitraries.recursive(Sparql::triple, g -> Arbitraries.frequencyOf(
                of(4, Combinators.combine(g, g).as((a, b) -> a + " " + b)),
                of(2, g.map(a -> "OPTIONAL { " + a + " }")),
                of(2, Combinators.combine(g, g).as((a, b) -> "{ " + a + " } UNION { " + b + " }")),
                of(1, g.map(a -> "MINUS { " + a + " }")),
                of(3, Combinators.combine(g, expression()).as((a, e) -> a + " FILTER(" + e + ")")),
                of(1, g.map(a -> "FILTER NOT EXISTS { " + a + " }")),
                of(3, Combinators.combine(g, expression(), Arbitraries.integers().between(0, 3)).as((a, e, n) -> a + " BIND(" + e + " AS ?b" + n + ")")),
                of(1, g.map(a -> "GRAPH ?g { " + a + " }")),
                of(1, Combinators.combine(Arbitraries.of("<http://127.0.0.1:1/>", "SILENT <http://127.0.0.1:1/>", "?svc", "<file:///etc/passwd>",
                        "<urn:x>"), g).as((s, a) -> "SERVICE " + s + " { " + a + " }")),
                of(1, Combinators.combine(atom().list().ofMaxSize(4), g).as((vs, a) -> "VALUES ?o { " + String.join(" ", vs) + " } " + a)),
                of(1, Combinators.combine(g, Arbitraries.integers().between(0, 5)).as((a, n) -> "{ SELECT * WHERE { " + a + " } LIMIT " + n + " }"))),
                0, 3);
    }

    // ---- queries

    static Arbitrary<String> aggregate() {
        return Combinators.combine(Arbitraries.of("COUNT(%s)", "COUNT(DISTINCT %s)", "SUM(%s)", "AVG(%s)", "MIN(%s)", "MAX(%s)", "SAMPLE(%s)",
                "GROUP_CONCAT(%s)", "GROUP_CONCAT(DISTINCT %s; SEPARATOR=\"%s\")", "COUNT(*)"), expression())
                .as((f, e) -> "(" + String.format(f, e, e) + " AS ?agg)");
    }

    static Arbitrary<String> modifiers() {
        return Combinators.combine(
                Arbitraries.of("", " GROUP BY ?s", " GROUP BY (STR(?o) AS ?k)"),
                expression().map(e -> " HAVING(" + e + ")").optional().map(o -> o.orElse("")),
                Arbitraries.of("", " ORDER BY ?s", " ORDER BY DESC(?o) ?s", " ORDER BY RAND()"),
                Arbitraries.of("", " LIMIT 0", " LIMIT 10", " LIMIT 99999999999999999999", " OFFSET 5", " LIMIT -1"))
                .as((g, h, o, l) -> g + (g.isEmpty() ? "" : h) + o + l);
    }

    static Arbitrary<String> generated() {
        Arbitrary<String> select = Combinators.combine(Arbitraries.of("SELECT", "SELECT DISTINCT", "SELECT REDUCED"),
                Arbitraries.oneOf(Arbitraries.just("*"), Arbitraries.of("?s", "?s ?o", "?s ?l"), aggregate()), pattern(), modifiers())
                .as((s, proj, p, m) -> s + " " + proj + " WHERE { " + p + " }" + m);
        return Arbitraries.oneOf(select,
                pattern().map(p -> "ASK { " + p + " }"),
                Combinators.combine(triple(), pattern()).as((t, p) -> "CONSTRUCT { ?s ?p ?o . " + t.replaceAll("\\([^ ]*\\)[*+?]", "<urn:p>") + " } WHERE { " + p + " }"),
                pattern().map(p -> "DESCRIBE ?s WHERE { " + p + " } LIMIT 3")).map(q -> PROLOGUE + q);
    }

    /** Deep nesting and long chains, the shapes that reach recursion in parsers and walkers. */
    static Arbitrary<String> deep() {
        Arbitrary<Integer> n = Arbitraries.integers().between(1, 20_000).withDistribution(net.jqwik.api.RandomDistribution.biased());
        return Combinators.combine(Arbitraries.of("braces", "parens", "not", "union", "and", "optional", "path", "concat", "subselect"), n)
                .as((shape, k) -> switch (shape) {
                    case "braces" -> "ASK " + "{ ".repeat(k) + "?s ?p ?o" + " }".repeat(k);
                    case "parens" -> "SELECT * { BIND(" + "(".repeat(k) + "1" + ")".repeat(k) + " AS ?x) }";
                    case "not" -> "SELECT * { BIND(" + "!".repeat(k) + "true AS ?x) }";
                    case "union" -> "SELECT * { " + "{ ?s ?p ?o } UNION ".repeat(k) + "{ } }";
                    case "and" -> "SELECT * { ?s ?p ?o FILTER(" + "?o = 1 && ".repeat(k) + "true) }";
                    case "optional" -> "SELECT * { ?s ?p ?o " + "OPTIONAL { ?s ?p ?o ".repeat(Math.min(k, 3000)) + "}".repeat(Math.min(k, 3000)) + " }";
                    case "path" -> "SELECT * { ?s " + "(".repeat(Math.min(k, 3000)) + "<urn:p>" + ")*".repeat(Math.min(k, 3000)) + " ?o }";
                    case "concat" -> "SELECT * { BIND(\"ab\" AS ?x0) " + java.util.stream.IntStream.range(0, Math.min(k, 64))
                            .mapToObj(i -> "BIND(CONCAT(?x" + i + ", ?x" + i + ") AS ?x" + (i + 1) + ") ").reduce("", String::concat) + "}";
                    default -> "SELECT * { " + "{ SELECT * { ".repeat(Math.min(k, 2000)) + "?s ?p ?o" + " } }".repeat(Math.min(k, 2000)) + " }";
                });
    }

    /** The repository's named queries (queries/**.rq): valid input the mutations start from. */
    static List<String> namedQueries() {
        try (Stream<Path> files = Files.walk(Path.of("queries"))) {
            return files.filter(p -> p.toString().endsWith(".rq")).sorted().map(p -> {
                try {
                    return Files.readString(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Arbitrary<String> query() {
        Arbitrary<String> valid = Arbitraries.oneOf(generated(), Arbitraries.of(namedQueries()));
        return Arbitraries.frequencyOf(of(6, generated()), of(1, deep()), of(3, Mutations.of(valid, 4)));
    }

    // ---- updates

    static Arbitrary<String> quadData() {
        return Combinators.combine(Arbitraries.oneOf(iri(), Arbitraries.just("_:b")), iri(), atom().filter(a -> !a.startsWith("?")),
                Arbitraries.of("", "GRAPH <urn:rehabkg:fuzz:g> ", "GRAPH <urn:x:é> ", "GRAPH <> "))
                .as((s, p, o, g) -> g.isEmpty() ? s + " " + p + " " + o + " ." : g + "{ " + s + " " + p + " " + o + " }");
    }

    static Arbitrary<String> update() {
        Arbitrary<String> generatedUpdate = Arbitraries.oneOf(
                quadData().list().ofMinSize(1).ofMaxSize(4).map(q -> "INSERT DATA { " + String.join(" ", q) + " }"),
                quadData().map(q -> "DELETE DATA { " + q + " }"),
                Combinators.combine(triple(), pattern()).as((t, p) -> "INSERT { " + t.replaceAll("\\([^ ]*\\)[*+?]", "<urn:p>") + " } WHERE { " + p + " }"),
                pattern().map(p -> "DELETE { ?s <urn:rehabkg:fuzz:p> ?o } WHERE { " + p + " }"),
                Arbitraries.of("LOAD <http://127.0.0.1:1/x.ttl>", "LOAD <file:///etc/passwd> INTO GRAPH <urn:g>", "CLEAR SILENT GRAPH <urn:none>",
                        "DROP GRAPH <urn:rehabkg:fuzz:g>", "CREATE GRAPH <urn:rehabkg:fuzz:g>", "COPY <urn:a> TO <urn:b>",
                        "ADD DEFAULT TO <urn:rehabkg:fuzz:copy>", "MOVE SILENT <urn:none> TO <urn:none2>",
                        "WITH <urn:g> DELETE { ?s ?p ?o } WHERE { SERVICE <http://127.0.0.1:1/> { ?s ?p ?o } }",
                        "INSERT { ?a <urn:p> ?b } WHERE { ?a ?p ?o . ?b ?q ?r . ?c ?x ?y }"));
        Arbitrary<String> sequence = generatedUpdate.list().ofMinSize(1).ofMaxSize(3).map(l -> PROLOGUE + String.join(" ;\n", l));
        return Arbitraries.frequencyOf(of(6, sequence), of(3, Mutations.of(sequence, 4)));
    }
}
