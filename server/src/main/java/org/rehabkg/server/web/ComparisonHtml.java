package org.rehabkg.server.web;

import java.util.List;
import java.util.Map;

import org.rehabkg.api.Comparison;
import org.rehabkg.api.RehabGraph;
import org.rehabkg.api.Share;
import org.rehabkg.api.Term;

/**
 * The body of the comparison page ({@code comparison.jte}): a {@link Comparison} of the API in the open
 * world's words ({@link Share}), with what the graph adds around it: each profession's short name, its
 * guideline coverage and its "no source found" markers.
 */
final class ComparisonHtml {
    private final String cp;
    private final RehabGraph graph;

    ComparisonHtml(String contextPath, RehabGraph graph) {
        this.cp = contextPath;
        this.graph = graph;
    }

    String render(Comparison c, List<Term> professions) {
        return Html.render("comparison.jte", params(c, professions));
    }

    /** The parameters of {@code comparison.jte}, which {@code compare.jte} passes on. */
    Map<String, Object> params(Comparison c, List<Term> professions) {
        return Map.of("cp", cp, "c", c, "professions", professions, "nameA", shortName(c.a()), "nameB", shortName(c.b()),
                "coverageA", graph.guidelineCoverage(c.a().iri()), "coverageB", graph.guidelineCoverage(c.b().iri()),
                "gapsA", graph.noSourceFound(c.a().iri()), "gapsB", graph.noSourceFound(c.b().iri()));
    }

    /** Whether the profession carries the explicit "no source found" marker for the dimension. */
    static boolean marked(List<Term> gaps, Term dimension) {
        return gaps.stream().anyMatch(g -> g.iri().equals(dimension.iri()));
    }

    /** "OT" rather than "occupational therapy" where the data gives an abbreviation. */
    private String shortName(Term profession) {
        return graph.abbreviation(profession.iri()).orElse(profession.label());
    }
}
