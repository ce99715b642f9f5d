package org.rehabkg.query;

import java.util.List;

/**
 * A statement {@code subject property object} with labels and the sources that state it (each with its
 * hedge). A statement without sources is our own curation (the default graph of a data file), or,
 * when {@code inferred}, a triple the loader added by its rules.
 */
public record Statement(Term subject, Term property, Term object, List<SourceRef> sources, boolean inferred) {
    public Statement {
        sources = List.copyOf(sources);
    }

    /** A sourced (or curated) statement, not inferred. */
    public Statement(Term subject, Term property, Term object, List<SourceRef> sources) {
        this(subject, property, object, sources, false);
    }

    /** {@code occupational therapy — treats condition — autism spectrum disorder}. */
    public String describe() {
        return subject.label() + " — " + property.label() + " — " + object.label();
    }
}
