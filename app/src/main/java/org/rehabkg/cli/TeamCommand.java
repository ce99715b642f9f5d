package org.rehabkg.cli;

import java.util.Locale;
import java.util.concurrent.Callable;

import org.rehabkg.api.RehabGraph;
import org.rehabkg.api.Team;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rehabkg team CONDITION}: the professions a source says address a condition, and how. */
@Command(name = "team",
         description = { "The rehabilitation team for a condition: the professions rehabkg's sources say address it (they treat it,",
                         "serve a population that has it, or a guideline recommendation about it is addressed to them), with the",
                         "interventions each is stated to use, the guideline strength behind them, and the sources of every statement.",
                         "The other professions are listed as not stated here: the sources do not say they do, which does not mean they do not.",
                         "A condition is named by label, alternative label or id (stroke, \"hearing loss\", aphasia)." },
         footer = { "", "Examples:", "  rehabkg team stroke", "  rehabkg team \"hearing loss\" --format csv" })
public final class TeamCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "CONDITION", description = "The condition.")
    String condition;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "markdown",
            description = "markdown, csv or json. Default: ${DEFAULT-VALUE}.")
    String format;

    @Mixin
    QueriedGraphOptions source;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        TeamFormat f = parse(format);
        try (RehabGraph g = source.open()) {
            Team team = g.team(condition);
            f.write(team, p -> g.abbreviation(p.iri()).orElse(null), spec.commandLine().getOut());
        }
        return Main.OK;
    }

    private TeamFormat parse(String name) {
        try {
            return TeamFormat.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "unknown --format '" + name + "' (markdown, csv or json)");
        }
    }
}
