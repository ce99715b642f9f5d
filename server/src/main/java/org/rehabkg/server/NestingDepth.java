package org.rehabkg.server;

/**
 * How deeply a SPARQL text nests braces and parentheses, counted on the text before any parser sees
 * it (string literals and comments skipped). ARQ's parser, Fuseki's handling and the engine recurse
 * once per level, and nested groups of one pattern flatten away in the algebra, where
 * {@link QueryShape} measures: about 1,100 nested braces overflowed a request thread's stack in one
 * fuzz run, 5,000 in every one, and what overflows then depends on how much of the parser the JIT
 * has compiled. Counting the text refuses them all the same way.
 */
final class NestingDepth {
    private NestingDepth() {}

    static int of(String sparql) {
        int depth = 0, deepest = 0;
        int n = sparql.length();
        for (int i = 0; i < n; i++) {
            char c = sparql.charAt(i);
            switch (c) {
                case '{', '(', '[' -> deepest = Math.max(deepest, ++depth);
                case '}', ')', ']' -> depth = Math.max(0, depth - 1);
                case '#' -> {
                    while (i < n && sparql.charAt(i) != '\n')
                        i++;
                }
                case '"', '\'' -> i = endOfString(sparql, i);
                default -> { }
            }
        }
        return deepest;
    }

    /** The index of the last character of the string literal starting at {@code start} (short or long form). */
    private static int endOfString(String s, int start) {
        char q = s.charAt(start);
        boolean longForm = s.startsWith(String.valueOf(q).repeat(3), start);
        int i = start + (longForm ? 3 : 1);
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\')
                i += 2;
            else if (c == q && (!longForm || s.startsWith(String.valueOf(q).repeat(3), i)))
                return i + (longForm ? 2 : 0);
            else if (c == '\n' && !longForm)
                return i;   // an unterminated short string: the parser will say so
            else
                i++;
        }
        return s.length();
    }
}
