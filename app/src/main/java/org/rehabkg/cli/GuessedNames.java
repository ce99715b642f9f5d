package org.rehabkg.cli;

import java.io.PrintWriter;
import java.util.List;

import org.rehabkg.api.NameMatch;

/** Says on stderr which typed names were guesses (fuzzy matches), so that a wrong guess is seen. */
final class GuessedNames {
    private GuessedNames() {}

    static void report(List<NameMatch> names, PrintWriter err) {
        for (NameMatch m : names)
            if (m.fuzzy())
                err.println("rehabkg: taking '" + m.typed() + "' as " + m.entity().label() + " (nearest name: '" + m.matchedName() + "')");
        err.flush();
    }
}
