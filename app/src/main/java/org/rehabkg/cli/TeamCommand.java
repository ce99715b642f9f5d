package org.rehabkg.cli;

import org.rehabkg.api.RehabGraph;
import org.rehabkg.api.Team;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code rehabkg team CONDITION}: the professions a source says address a condition, and how. */
@Command(name = "team",
         description = { "The rehabilitation team for a condition: the professions rehabkg's sources say address it (they treat it,",
                         "serve a population that has it, or a guideline recommendation about it is addressed to them), with the",
                         "interventions each is stated to use, the guideline strength behind them, and the sources of every statement.",
                         "The other professions are listed as not stated here: the sources do not say they do, which does not mean they do not.",
                         "A condition is named by label, alternative label or id (stroke, \"hearing loss\", aphasia)." },
         footer = { "", "Examples:", "  rehabkg team stroke", "  rehabkg team \"hearing loss\" --format csv" })
public final class TeamCommand extends ReportVerb {
    @Parameters(index = "0", paramLabel = "CONDITION", description = "The condition.")
    String condition;

    @Override
    public Integer call() {
        try (RehabGraph g = source.open()) {
            Team team = g.team(condition);
            TeamFormat.write(format, team, p -> g.abbreviation(p.iri()).orElse(null), out());
        }
        return Main.OK;
    }
}
