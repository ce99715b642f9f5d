package org.rehabkg.cli;

import org.rehabkg.api.Comparison;
import org.rehabkg.api.RehabGraph;
import org.rehabkg.api.Term;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code rehabkg compare A B}: two professions side by side over the five dimensions. */
@Command(name = "compare")
public final class CompareCommand extends ReportVerb {
    @Parameters(index = "0", paramLabel = "A", description = "The first profession.")
    String a;

    @Parameters(index = "1", paramLabel = "B", description = "The second profession.")
    String b;

    @Override
    public Integer call() {
        try (RehabGraph g = source.open()) {
            Comparison c = g.compare(a, b);
            GuessedNames.report(c.names(), err());
            ComparisonFormat.write(format, c, shortName(g, c.a()), shortName(g, c.b()), out());
        }
        return Main.OK;
    }

    /** The abbreviation (OT) if there is one, else the label: keeps the markdown tables narrow. */
    private static String shortName(RehabGraph g, Term profession) {
        return g.abbreviation(profession.iri()).orElse(profession.label());
    }
}
