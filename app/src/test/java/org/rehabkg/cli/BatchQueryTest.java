package org.rehabkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rehabkg query --batch}: many jobs in one process, each answered as the one-shot command answers it. */
class BatchQueryTest {
    static final String PROFESSIONS = "SELECT ?p WHERE { ?p a <https://w3id.org/rehabkg/Profession> } ORDER BY ?p";

    static List<JsonObject> lines(String out) {
        return out.lines().map(l -> JSON.parse(l)).toList();
    }

    @Test
    void eachLineIsAJobAndEachAnswerOneLineInOrder(@TempDir Path dir) throws IOException {
        Path jobs = Files.writeString(dir.resolve("jobs.jsonl"), String.join("\n",
                "# professions, then an ASK, then a named query with a parameter, then a mistake",
                PROFESSIONS,
                "",
                "{\"query\": \"ASK { ?s ?p ?o }\"}",
                "{\"query\": \"activities\", \"params\": {\"profession\": \"occupational-therapy\"}}",
                "SELECT nonsense {",
                "{\"query\": \"ASK { ?s ?p ?o }\"}") + "\n");
        Cli.Result r = Cli.run("query", "--batch", jobs.toString());
        assertEquals(1, r.exit(), "a failed job makes the exit status 1: " + r);
        List<JsonObject> out = lines(r.out());
        assertEquals(List.of(2L, 4L, 5L, 6L, 7L), out.stream().map(o -> o.get("line").getAsNumber().value().longValue()).toList());

        // The first answer is the one-shot command's, as SPARQL JSON results on one line.
        Cli.Result oneShot = Cli.run("query", PROFESSIONS, "--results", "json");
        ResultSet expected = ResultSetMgr.read(new ByteArrayInputStream(oneShot.out().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
        ResultSet got = ResultSetMgr.read(new ByteArrayInputStream(out.get(0).get("result").toString().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
        assertEquals(expected.rewindable().size(), got.rewindable().size());
        assertTrue(out.get(1).get("result").getAsObject().get("boolean").getAsBoolean().value());
        Cli.Result named = Cli.run("query", "activities", "--param", "profession=occupational-therapy", "--results", "json");
        assertEquals(JSON.parse(named.out()).get("results"), out.get(2).get("result").getAsObject().get("results"));
        assertTrue(out.get(3).get("error").getAsString().value().startsWith("malformed query"), out.get(3).toString());
        assertTrue(r.err().contains("line 6: malformed query"), r.err());
        assertTrue(out.get(4).get("result").getAsObject().get("boolean").getAsBoolean().value(), "the job after a mistake still runs");
    }

    @Test
    void aNamedQueryWithOneParameterSetPerLineIntoFiles(@TempDir Path dir) throws IOException {
        Path params = Files.writeString(dir.resolve("params.jsonl"),
                "{\"profession\": \"occupational-therapy\"}\n{\"profession\": \"physical-therapy\"}\n");
        Path out = dir.resolve("out");
        Cli.Result r = Cli.run("query", "activities", "--batch", params.toString(), "--results", "csv", "--output-dir", out.toString());
        assertEquals(0, r.exit(), r.toString());
        assertEquals(List.of(out.resolve("line-0001.csv").toString(), out.resolve("line-0002.csv").toString()), r.out().lines().toList());
        for (String[] job : new String[][] { { "line-0001.csv", "occupational-therapy" }, { "line-0002.csv", "physical-therapy" } }) {
            Cli.Result one = Cli.run("query", "activities", "--param", "profession=" + job[1], "--results", "csv");
            assertEquals(one.out(), Files.readString(out.resolve(job[0])));
        }
    }

    @Test
    void misuseIsAUsageError() {
        assertEquals(2, Cli.run("query", "--batch", "-", "--results", "csv").exit(), "csv needs --output-dir");
        assertEquals(2, Cli.run("query", "ASK { ?s ?p ?o }", "--batch", "-").exit(), "QUERY with --batch is a named query");
        assertEquals(2, Cli.run("query", "ASK { ?s ?p ?o }", "--output-dir", "x").exit());
        assertEquals(2, Cli.run("query").exit());
    }

    @Test
    void anOutputFolderThatIsAFileIsAUsageError(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "");
        Cli.Result r = Cli.run("query", "--batch", file.toString(), "--output-dir", file.toString());
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("not a folder") && !r.err().contains("Exception"), r.err());
    }
}
