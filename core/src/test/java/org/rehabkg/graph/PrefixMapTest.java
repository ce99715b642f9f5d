package org.rehabkg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

/**
 * One prefix map: ontology/context.jsonld. Every prefix that a Turtle/TriG file under ontology/
 * declares, every SSSOM curie_map entry and every code scheme's rkg:curiePrefix/rkg:iriNamespace
 * agrees with it, and the code-scheme prefixes are lower case.
 */
class PrefixMapTest {

    @Test
    void turtleAndTrigPrefixesAgreeWithTheContext() throws IOException {
        Map<String, String> context = MappingFiles.context();
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MappingFiles.ROOT.resolve("ontology"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".ttl") || p.toString().endsWith(".trig")).sorted().toList()) {
                DatasetGraph dsg = DatasetGraphFactory.createGeneral();
                RDFParser.source(f).parse(StreamRDFLib.dataset(dsg));
                dsg.prefixes().forEach((p, ns) -> {
                    if (context.containsKey(p) && !context.get(p).equals(ns))
                        problems.add(MappingFiles.ROOT.relativize(f) + ": " + p + ": <" + ns + "> but the context has <" + context.get(p) + ">");
                    if (f.startsWith(MappingFiles.MAPPINGS) && !context.containsKey(p))
                        problems.add(MappingFiles.ROOT.relativize(f) + ": prefix " + p + " is not in ontology/context.jsonld");
                });
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void sssomCurieMapsAgreeWithTheContext() {
        Map<String, String> context = MappingFiles.context();
        for (Path f : MappingFiles.sssomFiles())
            MappingFiles.read(f).getCurieMap().forEach((p, ns) ->
                    assertEquals(context.get(p), ns, f.getFileName() + ": curie_map " + p));
    }

    @Test
    void codeSchemesAgreeWithTheContext() {
        Map<String, String> context = MappingFiles.context();
        Map<String, String> schemes = new TreeMap<>();
        String q = """
                PREFIX rkg: <https://w3id.org/rehabkg/>
                SELECT ?prefix ?ns WHERE { ?s a rkg:CodeScheme ; rkg:curiePrefix ?prefix ; rkg:iriNamespace ?ns }
                """;
        var ds = MappingFiles.graph().dataset();
        Txn.executeRead(ds, () -> {
            try (QueryExecution qe = QueryExecutionFactory.create(q, ds)) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution row = rs.next();
                    schemes.put(row.getLiteral("prefix").getString(), row.getLiteral("ns").getString());
                }
            }
        });
        assertTrue(schemes.size() >= 14, "code schemes: " + schemes.keySet());
        schemes.forEach((p, ns) -> {
            assertEquals(p.toLowerCase(Locale.ROOT), p, "scheme prefixes are lower case");
            assertEquals(context.get(p), ns, "rkg:scheme-" + p + " namespace");
        });
    }
}
