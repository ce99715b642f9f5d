package org.rehabkg.query;

import java.util.List;

/** A sourced statement {@code subject property object} with labels, and the sources that state it. */
public record Statement(Term subject, Term property, Term object, List<SourceRef> sources) {
    public Statement {
        sources = List.copyOf(sources);
    }

    /** {@code occupational therapy — treats condition — autism spectrum disorder}. */
    public String describe() {
        return subject.label() + " — " + property.label() + " — " + object.label();
    }
}
