package org.rehabkg.cli;

import java.util.List;
import java.util.stream.Collectors;

import org.rehabkg.api.Provenance;
import org.rehabkg.api.Term;

/** Small helpers shared by the human-readable renderings. */
final class Text {
    private Text() {}

    static String sources(List<Provenance> sources) {
        return sources.stream().map(Provenance::describe).distinct().collect(Collectors.joining("; "));
    }

    static String labels(List<Term> terms) {
        return terms.stream().map(Term::label).collect(Collectors.joining(", "));
    }
}
