package org.rehabkg.api;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

import org.apache.jena.graph.Node;

/**
 * The one rule by which rehabkg picks the text to show among several literals of a property (labels,
 * definitions): the preferred language, then English, then any other, and among equals the smallest
 * text, so that the choice never depends on the order a store returns rows in. The API and the pages
 * both use it.
 */
public final class Labels {
    /** The language shown when none is asked for. */
    public static final String DEFAULT_LANGUAGE = "en";

    private Labels() {}

    /**
     * The literal to show in English, else in any language.
     *
     * @param literals the candidates (non-literals are ignored)
     * @return the literal, or empty when there is none
     */
    public static Optional<Node> pick(Collection<Node> literals) {
        return pick(literals, DEFAULT_LANGUAGE);
    }

    /**
     * The literal to show for a reader who prefers {@code language} (a BCP 47 tag; a literal tagged
     * {@code en-GB} counts as {@code en}, and a reader of {@code de-AT} reads {@code de}); non-literals
     * are ignored.
     *
     * @param literals the candidates
     * @param language the reader's language
     * @return the literal, or empty when there is none
     */
    public static Optional<Node> pick(Collection<Node> literals, String language) {
        return literals.stream().filter(Node::isLiteral)
                       .min(Comparator.comparingInt((Node n) -> rank(n, language)).thenComparing(Node::getLiteralLexicalForm));
    }

    private static int rank(Node literal, String language) {
        String tag = literal.getLiteralLanguage();
        if (matches(tag, language))
            return 0;
        if (matches(tag, DEFAULT_LANGUAGE))
            return 1;
        return tag.isEmpty() ? 2 : 3;
    }

    /** {@code en} matches {@code en-GB} and the other way round (a reader of de-AT reads de). */
    private static boolean matches(String tag, String language) {
        if (language == null || language.isEmpty() || tag.isEmpty())
            return false;
        String t = tag.toLowerCase(java.util.Locale.ROOT), l = language.toLowerCase(java.util.Locale.ROOT);
        return t.equals(l) || t.startsWith(l + "-") || l.startsWith(t + "-");
    }
}
