package org.rehabkg.api;

import java.util.List;

import org.rehabkg.query.UnknownNameException;
/**
 * A mistyped name that is equally near to the names of several entities ({@code physio}: physical
 * therapy, or physical therapist assistant?): refused rather than guessed, with the candidates.
 */
public final class AmbiguousNameException extends UnknownNameException {
    private final List<Term> candidates;

    /**
     * The exception.
     *
     * @param kind       what was looked for ("profession" …)
     * @param name       the name as typed
     * @param candidates the entities it is equally near to (at least two)
     */
    public AmbiguousNameException(String kind, String name, List<Term> candidates) {
        super("ambiguous " + kind + " '" + name + "': it is as near to "
                + String.join(" as to ", candidates.stream().map(t -> "'" + t.label() + "'").toList())
                + "; give one of them exactly", name);
        this.candidates = List.copyOf(candidates);
    }

    /**
     * The entities the name is equally near to.
     *
     * @return at least two terms
     */
    public List<Term> candidates() {
        return candidates;
    }
}
