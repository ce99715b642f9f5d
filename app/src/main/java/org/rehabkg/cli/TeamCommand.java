package org.rehabkg.cli;

import org.rehabkg.api.RehabGraph;
import org.rehabkg.api.Team;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code rehabkg team CONDITION}: the professions a source says address a condition, and how. */
@Command(name = "team")
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
