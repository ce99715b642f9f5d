package org.rehabkg.mappings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.rehabkg.graph.Finding;
import org.rehabkg.graph.KnowledgeGraph;
import org.rehabkg.graph.SourceTree;
import org.rehabkg.graph.Validator;

/**
 * The mapping QC rules ({@code queries/qc/code-*-violation.rq} and {@code mapping-*-violation.rq}):
 * each catches the bad mapping of its fixture ({@code fixtures/mappings-qc/<rule>.trig}) and not
 * the good one, and none fires on the real graph.
 */
class MappingQcRulesTest {
    static final Path QC = MappingFiles.ROOT.resolve("queries/qc");
    static final Path FIXTURES = MappingFiles.ROOT.resolve("src/test/resources/fixtures/mappings-qc");
    static final String BAD = "https://w3id.org/rehabkg/bad";

    @TempDir
    Path temp;

    static List<String> mappingRules() throws IOException {
        try (Stream<Path> s = Files.list(QC)) {
            return s.map(p -> p.getFileName().toString())
                    .filter(n -> (n.startsWith("code-") || n.startsWith("mapping-")) && n.endsWith(Validator.QC_SUFFIX))
                    .map(n -> n.substring(0, n.length() - ".rq".length()))
                    .sorted().toList();
        }
    }

    @Test
    void everyMappingRuleHasAFixture() throws IOException {
        for (String rule : mappingRules())
            assertTrue(Files.isRegularFile(FIXTURES.resolve(rule + ".trig")), "no fixture for " + rule);
        assertTrue(mappingRules().size() >= 15, "the mapping rules are missing: " + mappingRules());
    }

    @TestFactory
    Stream<DynamicTest> eachRuleCatchesItsFixture() throws IOException {
        return mappingRules().stream().map(rule -> DynamicTest.dynamicTest(rule, () -> {
            Path tree = temp.resolve(rule);
            Files.createDirectories(tree.resolve("ontology"));
            Files.createDirectories(tree.resolve(Validator.QC_FOLDER));
            Files.copy(FIXTURES.resolve(rule + ".trig"), tree.resolve("ontology/fixture.trig"));
            Files.copy(QC.resolve(rule + ".rq"), tree.resolve(Validator.QC_FOLDER).resolve(rule + ".rq"));
            KnowledgeGraph kg = KnowledgeGraph.load(SourceTree.directory(tree));
            List<Finding> findings = Validator.qualityControl(kg);
            assertEquals(1, findings.size(), rule + " should report exactly the bad mapping: " + findings);
            Finding f = findings.get(0);
            assertEquals(BAD, f.focus().getURI(), rule + " reported " + f);
            assertTrue(f.rule().endsWith(rule + ".rq"), f.rule());
        }));
    }

    @TestFactory
    Stream<DynamicTest> noRuleFiresOnTheGraph() throws IOException {
        List<Finding> all = Validator.qualityControl(MappingFiles.graph());
        return mappingRules().stream().map(rule -> DynamicTest.dynamicTest(rule, () ->
                assertEquals(List.of(), all.stream().filter(f -> f.rule().endsWith(rule + ".rq")).toList())));
    }
}
