package org.rehabkg.cli;

import java.io.PrintWriter;

import org.rehabkg.api.EntityCard;
import org.rehabkg.api.LookupResult;
import org.rehabkg.api.Statement;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code rehabkg lookup TEXT}: the entity card of whatever a name, abbreviation or id stands for. */
@Command(name = "lookup")
public final class LookupCommand extends AskVerb {
    @Parameters(index = "0", paramLabel = "TEXT", description = "A name, abbreviation, id or IRI.")
    String text;

    @Mixin
    TextOrJson output;

    @Override
    public Integer call() {
        LookupResult r = source.ask(g -> g.lookup(text));
        if (!r.exact())
            err().printf("rehabkg: no exact match for '%s'; showing the nearest, '%s'%n", r.typed(), r.matchedName());
        output.print(r, Json::lookup, (result, out) -> result.cards().forEach(c -> print(c, out)));
        return Main.OK;
    }

    private static void print(EntityCard c, PrintWriter out) {
        out.printf("%s  <%s>%n", c.entity().label(), c.entity().iri());
        if (!c.types().isEmpty())
            out.printf("  type:        %s%n", Text.labels(c.types()));
        if (c.definition() != null)
            out.printf("  definition:  %s%n", c.definition());
        if (!c.altLabels().isEmpty())
            out.printf("  also called: %s%n", String.join(", ", c.altLabels()));
        if (!c.notations().isEmpty())
            out.printf("  notation:    %s%n", String.join(", ", c.notations()));
        for (String comment : c.comments())
            out.printf("  comment:     %s%n", comment);
        if (!c.relations().isEmpty()) {
            out.println("  relations:");
            for (Statement s : c.relations())
                out.printf("    %s  [%s]%n", s.describe(), Text.sources(s.sources()));
        }
        if (!c.mappings().isEmpty())
            out.printf("  mappings:    %s%n", String.join(", ", c.mappings().stream().map(t -> t.iri()).toList()));
        if (!c.sources().isEmpty()) {
            out.println("  sources:");
            c.sources().forEach(s -> out.printf("    %s%n", s.sourceLabel() != null ? s.sourceLabel() : s.describe()));
        }
        out.println();
    }
}
