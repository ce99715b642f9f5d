package org.rehabkg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.junit.jupiter.api.Test;
import org.rehabkg.api.RehabGraph;

/** The coverage table and row counts in docs/mappings.md are what the data says, not what it once said. */
class CoverageDocTest {
    static final Path DOC = Path.of("docs/mappings.md");
    // | prefix | classes in words | in scope | mapped | no code | missing |
    static final Pattern ROW = Pattern.compile("(?m)^\\| ([\\w.]+) \\| [^|]+ \\| (\\d+) \\| (\\d+) \\| (\\d+) \\| (\\d+) \\|$");
    static final Pattern TOTALS = Pattern.compile("(\\d+) SSSOM rows in (\\d+) sets: (\\d+) mappings and (\\d+) \"no code\" statements");

    @Test
    void theCoverageTableIsTheCoverageQuerysAnswer() throws IOException {
        Map<String, String> documented = new TreeMap<>();
        Matcher m = ROW.matcher(Files.readString(DOC));
        while (m.find())
            documented.put(m.group(1), String.join(" ", m.group(2), m.group(3), m.group(4), m.group(5)));

        Map<String, String> counted = new TreeMap<>();
        try (RehabGraph g = RehabGraph.embedded()) {
            ResultSet rows = g.runNamed("mappings/coverage", Map.of()).toResultSet();
            while (rows.hasNext()) {
                QuerySolution r = rows.next();
                counted.put(r.getLiteral("prefix").getString(), String.join(" ",
                        count(r, "inScope"), count(r, "mapped"), count(r, "noCode"), count(r, "missing")));
            }
        }
        assertEquals(counted, documented, "docs/mappings.md, section Coverage (in scope, mapped, no code, missing)");
    }

    @Test
    void theRowTotalsAreTheSssomFiles() throws IOException {
        Matcher m = TOTALS.matcher(Files.readString(DOC));
        assertEquals(true, m.find(), "the totals sentence of docs/mappings.md");
        long rows = 0, noCode = 0;
        int sets = 0;
        for (Path file : MappingFiles.sssomFiles()) {
            sets++;
            for (var mapping : MappingFiles.read(file).getMappings()) {
                rows++;
                if (mapping.getObjectId().endsWith("NoTermFound"))
                    noCode++;
            }
        }
        assertEquals(rows + " " + sets + " " + (rows - noCode) + " " + noCode,
                     m.group(1) + " " + m.group(2) + " " + m.group(3) + " " + m.group(4));
    }

    private static String count(QuerySolution r, String var) {
        return Long.toString(r.getLiteral(var).getLong());
    }
}
