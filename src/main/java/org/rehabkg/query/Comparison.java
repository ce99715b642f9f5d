package org.rehabkg.query;

import java.util.List;

/**
 * Two professions side by side over the dimensions of comparison (in {@code rkg:order}): for each
 * dimension what both are stated to have, and what only one of them is.
 */
public record Comparison(Term a, Term b, List<Dimension> dimensions) {
    public Comparison {
        dimensions = List.copyOf(dimensions);
    }

    /** One dimension: the items both professions have, and those only A or only B has. */
    public record Dimension(Term dimension, int order, List<Item> shared, List<Item> onlyA, List<Item> onlyB) {
        public Dimension {
            shared = List.copyOf(shared);
            onlyA = List.copyOf(onlyA);
            onlyB = List.copyOf(onlyB);
        }
    }

    /**
     * A thing a profession has under a dimension, through which relation(s) ("treats condition"),
     * and the sources of those statements (for a shared item, the sources of both professions').
     */
    public record Item(Term item, List<Term> relations, List<SourceRef> sources) {
        public Item {
            relations = List.copyOf(relations);
            sources = List.copyOf(sources);
        }
    }
}
