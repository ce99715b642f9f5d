package org.rehabkg.query;

import java.util.List;

/**
 * Two professions side by side over the dimensions of comparison (in {@code rkg:order}): for each
 * dimension what both are stated to have, what only one of them is, and the common ground the two
 * reach through items of their own.
 */
public record Comparison(Term a, Term b, List<Dimension> dimensions) {
    public Comparison {
        dimensions = List.copyOf(dimensions);
    }

    /**
     * One dimension: the items both professions have, those only A or only B has, and the terms
     * both reach one step on from distinct items ({@link CommonGround}).
     */
    public record Dimension(Term dimension, int order, List<Item> shared, List<Item> onlyA, List<Item> onlyB,
                            List<CommonGround> commonGround) {
        public Dimension {
            shared = List.copyOf(shared);
            onlyA = List.copyOf(onlyA);
            onlyB = List.copyOf(onlyB);
            commonGround = List.copyOf(commonGround);
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

    /**
     * A term that items only A has and items only B has are both related to: OT's and PT's core foci
     * differ, yet both concern physical function. {@code viaA} and {@code viaB} are those items;
     * {@code relations} and {@code sources} are those of the one-step statements (item → term).
     */
    public record CommonGround(Term term, List<Term> viaA, List<Term> viaB, List<Term> relations, List<SourceRef> sources) {
        public CommonGround {
            viaA = List.copyOf(viaA);
            viaB = List.copyOf(viaB);
            relations = List.copyOf(relations);
            sources = List.copyOf(sources);
        }
    }
}
