package org.rehabkg.fuzz;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Token-level mutations of valid input: a few tokens deleted, doubled, swapped with a neighbour or
 * replaced by an odd one. jqwik shrinks the list of edits, so a failure shrinks to the fewest edits
 * of the simplest valid input.
 */
final class Mutations {
    /** Tokens that break parsers and escape rules in SPARQL, Turtle, JSON-LD and XML alike. */
    static final List<String> ODD_TOKENS = List.of("{", "}", "(", ")", "[", "]", "<", ">", "<<", ">>", "<<(", ")>>", "\"", "'", "\"\"\"",
            "'''", "\\", "\\u0000", "\\U0010FFFF", "\\uD800", "\u0000", "\ud800", "\uffff", "\u00e9", "\ud835\udd38", "?", "$", "#", "@",
            "^^", "_:b", "[]", "()", ";", ",", ".", ":", "a", "*", "|", "/", "!", "^", "+", "=", "&&", "SERVICE", "GRAPH", "SELECT",
            "VALUES", "UNDEF", "OPTIONAL", "FILTER", "BIND", "AS", "GROUP", "BY", "1e999999", "-0", "NaN", "99999999999999999999",
            "<http://127.0.0.1:1/>", "<file:///etc/passwd>", "\"" + "a".repeat(150) + "\"", "((((((((((", "@prefix", "@base",
            "&ent;", "<!ENTITY x SYSTEM \"file:///etc/passwd\">", "\"@context\"", "\"@id\"", "null", "{\"@list\":[", "\r\n", "\t");

    private Mutations() {}

    record Edit(int kind, int at, String token) {}

    /** {@code valid} with 1 to {@code max} token edits. */
    static Arbitrary<String> of(Arbitrary<String> valid, int max) {
        Arbitrary<Edit> edit = Combinators.combine(Arbitraries.integers().between(0, 4), Arbitraries.integers().between(0, 100_000),
                Arbitraries.of(ODD_TOKENS)).as(Edit::new);
        return Combinators.combine(valid, edit.list().ofMinSize(1).ofMaxSize(max)).as(Mutations::apply);
    }

    static String apply(String text, List<Edit> edits) {
        List<String> tokens = tokens(text);
        for (Edit e : edits) {
            if (tokens.isEmpty()) {
                tokens.add(e.token());
                continue;
            }
            int at = e.at() % tokens.size();
            switch (e.kind()) {
                case 0 -> tokens.remove(at);
                case 1 -> tokens.add(at, tokens.get(at));
                case 2 -> tokens.set(at, e.token());
                case 3 -> tokens.add(at, e.token());
                default -> {
                    if (at + 1 < tokens.size())
                        tokens.set(at, tokens.set(at + 1, tokens.get(at)));
                }
            }
        }
        return String.join("", tokens);
    }

    /** Words, punctuation and whitespace as separate tokens, so that joining them gives the text back. */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        var m = java.util.regex.Pattern.compile("\\s+|[\\p{L}\\p{N}_:?$@-]+|\"(?:[^\"\\\\]|\\\\.)*\"|<[^<>\\s]*>|.").matcher(text);
        while (m.find())
            tokens.add(m.group());
        return tokens;
    }
}
