package org.rehabkg.api;

import java.util.List;

/**
 * Two professions side by side over the dimensions of comparison (in {@code rkg:order}), in the open
 * world (docs/model.md): for each dimension what both are stated to have, what is stated for one and
 * not stated for the other ({@link Share}), the common ground the two reach through items of their
 * own, the differences a source states ({@link StatedContrast}: the only items that may be called
 * differences), and how many sources cover each side ({@link Coverage}). {@code names} says how the
 * two names given to {@link RehabGraph#compare} were understood.
 *
 * @param a          the first profession
 * @param b          the second profession
 * @param dimensions the dimensions, in order
 * @param names      how the names of A and B were understood, in that order (empty when the comparison
 *                   was made from IRIs)
 */
public record Comparison(Term a, Term b, List<Dimension> dimensions, List<NameMatch> names) {
    /** Copies the lists, so that the comparison cannot change. */
    public Comparison {
        dimensions = List.copyOf(dimensions);
        names = List.copyOf(names);
    }

    /**
     * A comparison of two professions given by IRI: no names to report.
     *
     * @param a          the first profession
     * @param b          the second profession
     * @param dimensions the dimensions, in order
     */
    public Comparison(Term a, Term b, List<Dimension> dimensions) {
        this(a, b, dimensions, List.of());
    }

    /**
     * This comparison, saying how the names of A and B were understood.
     *
     * @param nameA how the first name was understood
     * @param nameB how the second name was understood
     * @return a copy with {@code names}
     */
    public Comparison withNames(NameMatch nameA, NameMatch nameB) {
        return new Comparison(a, b, dimensions, List.of(nameA, nameB));
    }

    /**
     * One dimension: the items stated for both, for A and not B, for B and not A; the terms both reach
     * one step on from items stated for one only ({@link CommonGround}); the stated contrasts; the
     * coverage. {@code definition} is the dimension's, or null.
     *
     * @param dimension      the dimension
     * @param definition     its definition, or null
     * @param order          its place among the dimensions
     * @param statedForBoth  items stated for both
     * @param statedForANotB items stated for A, not stated for B
     * @param statedForBNotA items stated for B, not stated for A
     * @param commonGround   terms both reach through items of their own
     * @param contrasts      the differences a source states
     * @param coverage       how many sources and items each side has
     */
    public record Dimension(Term dimension, String definition, int order, List<Item> statedForBoth, List<Item> statedForANotB,
                            List<Item> statedForBNotA, List<CommonGround> commonGround, List<StatedContrast> contrasts,
                            Coverage coverage) {
        /** Copies the lists, so that the dimension cannot change. */
        public Dimension {
            statedForBoth = List.copyOf(statedForBoth);
            statedForANotB = List.copyOf(statedForANotB);
            statedForBNotA = List.copyOf(statedForBNotA);
            commonGround = List.copyOf(commonGround);
            contrasts = List.copyOf(contrasts);
        }

        /**
         * The items of one share.
         *
         * @param share the share
         * @return its items
         */
        public List<Item> items(Share share) {
            return switch (share) {
                case BOTH -> statedForBoth;
                case A_NOT_B -> statedForANotB;
                case B_NOT_A -> statedForBNotA;
            };
        }
    }

    /**
     * A thing a profession has under a dimension, through which relation(s) ("treats condition"),
     * and the sources of those statements (for an item stated for both, the sources of both
     * professions'), each with its hedge if the source hedges it.
     *
     * @param item      the item
     * @param relations the relations through which the profession has it
     * @param sources   the sources of those statements
     */
    public record Item(Term item, List<Term> relations, List<Provenance> sources) {
        /** Copies the lists, so that the item cannot change. */
        public Item {
            relations = List.copyOf(relations);
            sources = List.copyOf(sources);
        }
    }

    /**
     * A term that items stated for A only and items stated for B only are both related to: OT's and PT's
     * core foci differ, yet both concern physical function. {@code viaA} and {@code viaB} are those
     * items; {@code relations} and {@code sources} are those of the one-step statements (item → term).
     *
     * @param term      the term both reach
     * @param viaA      the items of A that reach it
     * @param viaB      the items of B that reach it
     * @param relations the relations of the one-step statements
     * @param sources   the sources of the one-step statements
     */
    public record CommonGround(Term term, List<Term> viaA, List<Term> viaB, List<Term> relations, List<Provenance> sources) {
        /** Copies the lists, so that the common ground cannot change. */
        public CommonGround {
            viaA = List.copyOf(viaA);
            viaB = List.copyOf(viaB);
            relations = List.copyOf(relations);
            sources = List.copyOf(sources);
        }
    }

    /**
     * A difference between the two professions in this dimension that a source states in so many words
     * (an {@code rkg:StatedContrast}), with its definition and the sources that state it (hedge included).
     *
     * @param contrast   the stated contrast
     * @param definition its definition, or null
     * @param sources    the sources that state it
     */
    public record StatedContrast(Term contrast, String definition, List<Provenance> sources) {
        /** Copies the list, so that the contrast cannot change. */
        public StatedContrast {
            sources = List.copyOf(sources);
        }
    }

    /**
     * How thin the graph is here: for each profession, the number of distinct sources and of items
     * stated for it in this dimension. Zero sources means rehabkg knows nothing of that side.
     *
     * @param sourcesA distinct sources for A
     * @param itemsA   items stated for A
     * @param sourcesB distinct sources for B
     * @param itemsB   items stated for B
     */
    public record Coverage(int sourcesA, int itemsA, int sourcesB, int itemsB) {}
}
