package org.rehabkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

class HelpTest {
    @Test
    void everyVerbHasHelpWithAnExample() {
        CommandLine main = Main.commandLine();
        for (String verb : main.getSubcommands().keySet()) {
            if (verb.equals("help"))
                continue;
            Cli.Result r = Cli.run(verb, "--help");
            assertEquals(0, r.exit(), verb);
            assertTrue(r.out().contains("Example"), verb + " --help has an example:\n" + r.out());
            assertTrue(r.out().contains("rehabkg " + verb), verb + "'s example uses it:\n" + r.out());
        }
    }

    @Test
    void theVerbsOfTheIssueAreRegistered() {
        assertTrue(Main.commandLine().getSubcommands().keySet().containsAll(
                java.util.List.of("query", "queries", "compare", "recommend", "lookup", "validate", "export", "stats", "load", "serve")));
    }

    @Test
    void noVerbOrAnUnknownOneIsAUsageError() {
        assertEquals(2, Cli.run().exit());
        Cli.Result r = Cli.run("compair");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("compare"), "picocli suggests the verb: " + r.err());
    }
}
