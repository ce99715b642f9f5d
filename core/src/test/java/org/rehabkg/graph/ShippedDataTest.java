package org.rehabkg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The data in this checkout passes every rule in this checkout. */
class ShippedDataTest {
    static final DataFolder REPOSITORY = DataFolder.directory(Path.of("."));

    @Test
    void shippedDataHasNoFindings() {
        ServedDataset kg = ServedDataset.load(REPOSITORY);
        List<Finding> findings = Validator.validate(kg, REPOSITORY);
        String report = findings.stream().map(f -> f.describe(kg.prefixes())).collect(Collectors.joining("\n"));
        assertEquals(0, findings.size(), "findings on the shipped data:\n" + report);
    }

    @Test
    void repositoryCarriesShapesAndQcQueries() {
        assertFalse(REPOSITORY.files(Validator.QC_FOLDER, Validator.QC_SUFFIX).isEmpty());
        assertFalse(REPOSITORY.files("ontology", "shapes.ttl").isEmpty());
    }
}
