package org.rehabkg.api;

/**
 * How an item of a comparison stands between two professions, in the open world (docs/model.md):
 * stated for both, or stated for one and not stated for the other. Silence is never a difference:
 * "not stated" means rehabkg's sources do not say it, not that it is false. A difference is only what
 * a source states ({@link Comparison.StatedContrast}). {@code queries/compare.rq} uses the same words,
 * with the professions as {@code a} and {@code b}.
 */
public enum Share {
    /** Stated for both professions. */
    BOTH,
    /** Stated for A, not stated for B. */
    A_NOT_B,
    /** Stated for B, not stated for A. */
    B_NOT_A;

    /**
     * The words every output uses, e.g. {@code stated for OT, not stated for PT in rehabkg's sources}.
     *
     * @param a the name of profession A
     * @param b the name of profession B
     * @return the words
     */
    public String describe(String a, String b) {
        return switch (this) {
            case BOTH -> "stated for both";
            case A_NOT_B -> notStated(a, b);
            case B_NOT_A -> notStated(b, a);
        };
    }

    /**
     * The value of the {@code share} column of {@code queries/compare.rq}.
     *
     * @return the words, with the professions as {@code a} and {@code b}
     */
    public String inQuery() {
        return describe("a", "b");
    }

    private static String notStated(String stated, String silent) {
        return "stated for " + stated + ", not stated for " + silent + " in rehabkg's sources";
    }
}
