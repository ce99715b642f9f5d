package org.rehabkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    /** `rehabkg --help` lists each verb with the first line of its description: a whole sentence. */
    @Test
    void theCommandListShowsAWholeSentencePerVerb() {
        CommandLine main = Main.commandLine();
        for (var verb : main.getSubcommands().entrySet()) {
            if (verb.getKey().equals("help"))
                continue;
            String[] description = verb.getValue().getCommandSpec().usageMessage().description();
            assertTrue(description.length > 0 && description[0].endsWith("."), verb.getKey() + ": " + String.join(" / ", description));
        }
    }

    /** One option name for the output format, its choices listed by --help; query's --results is hidden. */
    @Test
    void everyFormatOptionListsItsChoices() {
        assertTrue(Cli.run("query", "--help").out().contains("text, csv, tsv, json, xml, ttl, nt, jsonld, rdfxml"));
        assertTrue(Cli.run("export", "--help").out().contains("ttl, nt, jsonld, rdfxml, trig"));
        for (String verb : new String[] { "compare", "team" })
            assertTrue(Cli.run(verb, "--help").out().contains("markdown, csv, json"), verb);
        for (String verb : new String[] { "lookup", "recommend" })
            assertTrue(Cli.run(verb, "--help").out().contains("text, json"), verb);
        assertFalse(Cli.run("query", "--help").out().contains("--results"));
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
