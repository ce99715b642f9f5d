package org.rehabkg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Each rule (SHACL shape or QC query) is proven by a small bad fixture that it catches: the
 * fixture's data, checked with the repository's rules, must produce exactly the findings listed
 * in its {@code expected.tsv} (rule, focus node, path), so the intended rule fires and no other.
 */
class ValidationRulesTest {

    @TestFactory
    Stream<DynamicTest> eachFixtureTripsExactlyItsRule() {
        List<Path> fixtures = Fixtures.having("expected.tsv");
        assertFalse(fixtures.isEmpty(), "no fixtures under " + Fixtures.ROOT);
        return fixtures.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
            ServedDataset kg = ServedDataset.load(DataFolder.directory(dir));
            List<Finding> findings = Validator.validate(kg, Fixtures.REPOSITORY);

            Set<String> actual = findings.stream().map(Fixtures::row).collect(Collectors.toCollection(TreeSet::new));
            Set<String> expected = new TreeSet<>(Fixtures.lines(dir.resolve("expected.tsv")));
            assertEquals(String.join("\n", expected), String.join("\n", actual),
                    "findings of fixture " + dir.getFileName() + " (rule, focus, path)");
            for (Finding f : findings)
                assertFalse(f.message() == null || f.message().isBlank(), "finding without a message: " + f);
        }));
    }

    /** Every rule in the repository is exercised by at least one fixture. */
    @Test
    void everyRuleHasAFixture() {
        Set<String> covered = Fixtures.having("expected.tsv").stream()
                .flatMap(dir -> Fixtures.lines(dir.resolve("expected.tsv")).stream())
                .map(line -> line.split("\t")[0])
                .collect(Collectors.toSet());
        Set<String> rules = new TreeSet<>();
        DataFolder repo = Fixtures.REPOSITORY;
        repo.files(Validator.QC_FOLDER, Validator.QC_SUFFIX).forEach(p -> rules.add(repo.displayName(p)));
        Set<String> uncovered = rules.stream().filter(r -> !covered.contains(r)).collect(Collectors.toCollection(TreeSet::new));
        assertTrue(uncovered.isEmpty(), "QC queries without a fixture: " + uncovered);
    }

    @TestFactory
    Stream<DynamicTest> brokenFilesFailWithFileLineAndColumn() {
        return Fixtures.having("expected-error.txt").stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
            String where = Fixtures.lines(dir.resolve("expected-error.txt")).get(0);
            LoadException e = assertThrows(LoadException.class, () -> ServedDataset.load(DataFolder.directory(dir)));
            assertTrue(e.getMessage().startsWith(where + ": "), "expected '" + where + ": …' but got: " + e.getMessage());
            assertFalse(e.detail().isBlank(), "the error says what is wrong");
        }));
    }
}
