package org.rehabkg.fuzz;

import static org.rehabkg.fuzz.Gen.weighted;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

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

    static Gen<String> variable() {
        return Gen.of("?s", "?p", "?o", "?l", "?g", "?v0", "?v1", "$s", "?undefined");
    }

    /** The text inside a literal's quotes: short odd strings, long runs (backtracking inputs), escapes. */
    static Gen<String> literalText() {
        return Gen.oneOf(
                Gen.strings("aAbé𝔸 .*()[]{}\\\"'$%0-9\n\t\u0000", 12),
                Gen.anyStrings(6),
                Gen.ints(1, 300).map("a"::repeat),
                Gen.of("", "%99999999s", "%n", "%s%s%s", "(.*a){12}b", "[", "\\", "$9", "x\uD800", "\u202Eevil"));
    }

    /** Escaped for a SPARQL string literal, mostly; sometimes not, for the parser to refuse. */
    static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r") + "\"";
    }

    static Gen<String> literal() {
        Gen<String> plain = literalText().map(Sparql::quote);
        return Gen.oneOf(plain,
                Gen.combine(plain, Gen.of("en", "en-GB", "x-odd-tag-1234567", "EN", "qqqqqqqqq", "en--x", "e"), (l, t) -> l + "@" + t),
                Gen.combine(plain, Gen.of("xsd:integer", "xsd:double", "xsd:dateTime", "xsd:date", "xsd:boolean",
                        "xsd:decimal", "xsd:hexBinary", "<urn:odd>", "rdf:langString", "xsd:int"), (l, t) -> l + "^^" + t),
                Gen.of("1", "-1", "0", "1e308", "-1e308", "1e-400", "1.0", "99999999999999999999999999", "\"NaN\"^^xsd:double",
                        "\"INF\"^^xsd:double", "\"-0\"^^xsd:decimal", "true", "false", "\"2026-02-30\"^^xsd:date",
                        "\"9999999999-01-01T00:00:00Z\"^^xsd:dateTime", "'''triple\nquoted'''", "\"\"\"\"\"\"", "\"\\u0000\""));
    }

    static Gen<String> iri() {
        return Gen.oneOf(
                Gen.of("<urn:x>", "<https://w3id.org/rehabkg/OccupationalTherapy>", "rdfs:label", "rkg:Profession", "a",
                        "<http://127.0.0.1:1/>", "<file:///etc/passwd>", "<>", "<#frag>", "<http://example.org/é>", "<urn:%00>",
                        "<http://[::1]:0/>", "<java:java.lang.Runtime>", "undefined:prefix", "<urn:" + "x".repeat(5000) + ">"),
                Gen.strings("az09:/#%.é -", 20).map(s -> "<urn:" + s + ">"));
    }

    static Gen<String> atom() {
        return Gen.frequency(weighted(3, variable()), weighted(4, literal()), weighted(2, iri()),
                weighted(1, Gen.of("<<( <urn:a> <urn:b> <urn:c> )>>", "_:b", "[]", "()")));
    }

    // ---- expressions

    static Gen<String> regexPattern() {
        return Gen.oneOf(
                Gen.of("[", "(", ")", "*", "+a", "a{99999999}", "(a*)*b", "(.*a){12}b", "\\", "\\k<n>", "(?<n>a)\\k<n>",
                        "\\p{IsGreek}", "\\p{Nope}", "[[:alpha:]]", "(?x) a # c", "(?i)A", "^$", "", "[z-a]", "\\Q[\\E", "(?=a)", "\\1",
                        ".{0,65536}", "[\\s\\S]*").map(Sparql::quote),
                Gen.strings("()[]{}*+?|\\^$.-aZ0,:=<!>", 10).map(Sparql::quote));
    }

    static Gen<String> regexFlags() {
        return Gen.oneOf(Gen.strings("imsxqz", 4), Gen.just("\u0000"))
                .map(Sparql::quote);
    }

    /** REGEX and REPLACE with odd patterns, also folded from constants (UCASE, CONCAT) or taken from data. */
    static Gen<String> regexCall(Gen<String> e) {
        Gen<String> pattern = Gen.oneOf(regexPattern(), regexPattern().map(p -> "UCASE(" + p + ")"),
                Gen.combine(regexPattern(), regexPattern(), (a, b) -> "CONCAT(" + a + ", " + b + ")"), e);
        Gen<String> replacement = Gen.of("$0$0", "$9", "\\", "$", "${n}", "x", "$0$0$0$0$0$0$0$0").map(Sparql::quote);
        return Gen.oneOf(
                Gen.combine(e, pattern, (a, p) -> "REGEX(" + a + ", " + p + ")"),
                Gen.combine(e, pattern, regexFlags(), (a, p, f) -> "REGEX(" + a + ", " + p + ", " + f + ")"),
                Gen.combine(e, pattern, replacement, (a, p, r) -> "REPLACE(" + a + ", " + p + ", " + r + ")"),
                Gen.combine(e, pattern, replacement, regexFlags(), (a, p, r, f) -> "REPLACE(" + a + ", " + p + ", " + r + ", " + f + ")"),
                Gen.combine(e, pattern, (a, p) -> "fn:matches(" + a + ", " + p + ")"));
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

    static Gen<String> expression() {
        return Gen.recursive(Sparql::atom, e -> Gen.frequency(
                weighted(2, atom()),
                weighted(3, Gen.combine(Gen.of(UNARY), e, (f, a) -> String.format(f, a, a, a))),
                weighted(4, Gen.combine(Gen.of(BINARY), e, e, (f, a, b) -> String.format(f, a, b, a))),
                weighted(3, regexCall(e)),
                weighted(1, Gen.combine(e, e, (a, b) -> "EXISTS { ?s ?p " + a + " } || " + b))), 0, 5);
    }

    // ---- graph patterns

    static Gen<String> path() {
        return Gen.recursive(() -> Gen.of("rdfs:label", "<urn:p>", "a", "rkg:relatedTo", "<http://www.w3.org/2004/02/skos/core#broader>"),
                p -> Gen.oneOf(p, p.map(x -> "^" + x), p.map(x -> "(" + x + ")*"), p.map(x -> "(" + x + ")+"), p.map(x -> "(" + x + ")?"),
                        Gen.combine(p, p, (a, b) -> a + "/" + b), Gen.combine(p, p, (a, b) -> "(" + a + "|" + b + ")"),
                        Gen.of("!(<urn:p>|^<urn:p>)", "!a", "(<urn:p>|!<urn:p>)*", "(!<urn:nope>)*/(!<urn:nope>)*")), 0, 4);
    }

    static Gen<String> triple() {
        return Gen.combine(Gen.oneOf(variable(), iri()), Gen.oneOf(path(), variable()), atom(),
                (s, p, o) -> s + " " + p + " " + o + " .");
    }

    static Gen<String> pattern() {
        return Gen.recursive(Sparql::triple, g -> Gen.frequency(
                weighted(4, Gen.combine(g, g, (a, b) -> a + " " + b)),
                weighted(2, g.map(a -> "OPTIONAL { " + a + " }")),
                weighted(2, Gen.combine(g, g, (a, b) -> "{ " + a + " } UNION { " + b + " }")),
                weighted(1, g.map(a -> "MINUS { " + a + " }")),
                weighted(3, Gen.combine(g, expression(), (a, e) -> a + " FILTER(" + e + ")")),
                weighted(1, g.map(a -> "FILTER NOT EXISTS { " + a + " }")),
                weighted(3, Gen.combine(g, expression(), Gen.ints(0, 3), (a, e, n) -> a + " BIND(" + e + " AS ?b" + n + ")")),
                weighted(1, g.map(a -> "GRAPH ?g { " + a + " }")),
                weighted(1, Gen.combine(Gen.of("<http://127.0.0.1:1/>", "SILENT <http://127.0.0.1:1/>", "?svc", "<file:///etc/passwd>",
                        "<urn:x>"), g, (s, a) -> "SERVICE " + s + " { " + a + " }")),
                weighted(1, Gen.combine(atom().list(0, 4), g, (vs, a) -> "VALUES ?o { " + String.join(" ", vs) + " } " + a)),
                weighted(1, Gen.combine(g, Gen.ints(0, 5), (a, n) -> "{ SELECT * WHERE { " + a + " } LIMIT " + n + " }"))),
                0, 3);
    }

    // ---- queries

    static Gen<String> aggregate() {
        return Gen.combine(Gen.of("COUNT(%s)", "COUNT(DISTINCT %s)", "SUM(%s)", "AVG(%s)", "MIN(%s)", "MAX(%s)", "SAMPLE(%s)",
                "GROUP_CONCAT(%s)", "GROUP_CONCAT(DISTINCT %s; SEPARATOR=\"%s\")", "COUNT(*)"), expression(),
                (f, e) -> "(" + String.format(f, e, e) + " AS ?agg)");
    }

    static Gen<String> modifiers() {
        return Gen.combine(
                Gen.of("", " GROUP BY ?s", " GROUP BY (STR(?o) AS ?k)"),
                Gen.mostly(expression().map(e -> " HAVING(" + e + ")"), ""),
                Gen.of("", " ORDER BY ?s", " ORDER BY DESC(?o) ?s", " ORDER BY RAND()"),
                Gen.of("", " LIMIT 0", " LIMIT 10", " LIMIT 99999999999999999999", " OFFSET 5", " LIMIT -1"),
                (g, h, o, l) -> g + (g.isEmpty() ? "" : h) + o + l);
    }

    static Gen<String> generated() {
        Gen<String> select = Gen.combine(Gen.of("SELECT", "SELECT DISTINCT", "SELECT REDUCED"),
                Gen.oneOf(Gen.just("*"), Gen.of("?s", "?s ?o", "?s ?l"), aggregate()), pattern(), modifiers(),
                (s, proj, p, m) -> s + " " + proj + " WHERE { " + p + " }" + m);
        return Gen.oneOf(select,
                pattern().map(p -> "ASK { " + p + " }"),
                Gen.combine(triple(), pattern(), (t, p) -> "CONSTRUCT { ?s ?p ?o . " + t.replaceAll("\\([^ ]*\\)[*+?]", "<urn:p>") + " } WHERE { " + p + " }"),
                pattern().map(p -> "DESCRIBE ?s WHERE { " + p + " } LIMIT 3")).map(q -> PROLOGUE + q);
    }

    /** Deep nesting and long chains, the shapes that reach recursion in parsers and walkers. */
    static Gen<String> deep() {
        Gen<Integer> n = Gen.biasedInts(1, 20_000);
        return Gen.combine(Gen.of("braces", "parens", "not", "union", "and", "optional", "path", "concat", "subselect"), n,
                (shape, k) -> switch (shape) {
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

    static Gen<String> query() {
        Gen<String> valid = Gen.oneOf(generated(), Gen.of(namedQueries()));
        return Gen.frequency(weighted(6, generated()), weighted(1, deep()), weighted(3, Mutations.of(valid, 4)));
    }

    // ---- updates

    static Gen<String> quadData() {
        return Gen.combine(Gen.oneOf(iri(), Gen.just("_:b")), iri(), atom().filter(a -> !a.startsWith("?")),
                Gen.of("", "GRAPH <urn:rehabkg:fuzz:g> ", "GRAPH <urn:x:é> ", "GRAPH <> "),
                (s, p, o, g) -> g.isEmpty() ? s + " " + p + " " + o + " ." : g + "{ " + s + " " + p + " " + o + " }");
    }

    static Gen<String> update() {
        Gen<String> generatedUpdate = Gen.oneOf(
                quadData().list(1, 4).map(q -> "INSERT DATA { " + String.join(" ", q) + " }"),
                quadData().map(q -> "DELETE DATA { " + q + " }"),
                Gen.combine(triple(), pattern(), (t, p) -> "INSERT { " + t.replaceAll("\\([^ ]*\\)[*+?]", "<urn:p>") + " } WHERE { " + p + " }"),
                pattern().map(p -> "DELETE { ?s <urn:rehabkg:fuzz:p> ?o } WHERE { " + p + " }"),
                Gen.of("LOAD <http://127.0.0.1:1/x.ttl>", "LOAD <file:///etc/passwd> INTO GRAPH <urn:g>", "CLEAR SILENT GRAPH <urn:none>",
                        "DROP GRAPH <urn:rehabkg:fuzz:g>", "CREATE GRAPH <urn:rehabkg:fuzz:g>", "COPY <urn:a> TO <urn:b>",
                        "ADD DEFAULT TO <urn:rehabkg:fuzz:copy>", "MOVE SILENT <urn:none> TO <urn:none2>",
                        "WITH <urn:g> DELETE { ?s ?p ?o } WHERE { SERVICE <http://127.0.0.1:1/> { ?s ?p ?o } }",
                        "INSERT { ?a <urn:p> ?b } WHERE { ?a ?p ?o . ?b ?q ?r . ?c ?x ?y }"));
        Gen<String> sequence = generatedUpdate.list(1, 3).map(l -> PROLOGUE + String.join(" ;\n", l));
        return Gen.frequency(weighted(6, sequence), weighted(3, Mutations.of(sequence, 4)));
    }
}
