package org.rehabkg.fuzz;

import java.util.ArrayList;
import java.util.List;

/**
 * Token-level mutations of valid input: a few tokens deleted, doubled, swapped with a neighbour or
 * replaced by an odd one, at random positions.
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
    static Gen<String> of(Gen<String> valid, int max) {
        Gen<Edit> edit = Gen.combine(Gen.ints(0, 4), Gen.ints(0, 100_000),
                Gen.of(ODD_TOKENS), Edit::new);
        return Gen.combine(valid, edit.list(1, max), Mutations::apply);
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
