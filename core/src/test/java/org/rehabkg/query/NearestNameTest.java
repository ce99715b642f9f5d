package org.rehabkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class NearestNameTest {
    private static final List<String> KNOWN = List.of("core-focus", "treatment-goals", "compare", "qc/missing-label-violation");

    @Test
    void aSmallTypoFindsTheName() {
        assertEquals(Optional.of("core-focus"), NearestName.among("core-focs", KNOWN));
        assertEquals(Optional.of("treatment-goals"), NearestName.among("Treatment-Goal", KNOWN));
    }

    @Test
    void theTailOfANestedIdFindsIt() {
        assertEquals(Optional.of("qc/missing-label-violation"), NearestName.among("missing-label-violation", KNOWN));
    }

    @Test
    void somethingUnrelatedSuggestsNothing() {
        assertEquals(Optional.empty(), NearestName.among("zebra", KNOWN));
    }
}
