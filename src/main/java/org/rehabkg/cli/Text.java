package org.rehabkg.cli;

import java.util.List;
import java.util.stream.Collectors;

import org.rehabkg.query.SourceRef;
import org.rehabkg.query.Term;

/** Small helpers shared by the human-readable renderings. */
final class Text {
    private Text() {}

    static String sources(List<SourceRef> sources) {
        return sources.stream().map(SourceRef::describe).distinct().collect(Collectors.joining("; "));
    }

    static String labels(List<Term> terms) {
        return terms.stream().map(Term::label).collect(Collectors.joining(", "));
    }
}
