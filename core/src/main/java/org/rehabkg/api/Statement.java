package org.rehabkg.api;

import java.util.List;

/**
 * A statement {@code subject property object} with labels and the sources that state it (each with its
 * hedge). A statement without sources is our own curation (the default graph of a data file), or,
 * when {@code inferred}, a triple the loader added by its rules.
 *
 * @param subject  the subject
 * @param property the property
 * @param object   the object
 * @param sources  the sources that state it (empty for curation or inference)
 * @param inferred whether the loader's rules added it
 */
public record Statement(Term subject, Term property, Term object, List<Provenance> sources, boolean inferred) {
    /** Copies the list, so that the statement cannot change. */
    public Statement {
        sources = List.copyOf(sources);
    }

    /**
     * A sourced (or curated) statement, not inferred.
     *
     * @param subject  the subject
     * @param property the property
     * @param object   the object
     * @param sources  the sources that state it
     */
    public Statement(Term subject, Term property, Term object, List<Provenance> sources) {
        this(subject, property, object, sources, false);
    }

    /**
     * The statement in one line.
     *
     * @return {@code occupational therapy — treats condition — autism spectrum disorder}
     */
    public String describe() {
        return subject.label() + " — " + property.label() + " — " + object.label();
    }
}
