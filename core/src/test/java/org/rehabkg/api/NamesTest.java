package org.rehabkg.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NamesTest {
    @Test
    void caseAccentsPunctuationAndPlurals() {
        assertEquals(Names.normalise("physiotherapy"), Names.normalise("Physiothérapy"));
        assertEquals(Names.normalise("occupational therapy"), Names.normalise("occupational-therapy"));
        assertEquals(Names.normalise("stroke"), Names.normalise("Strokes"));
        assertEquals(Names.normalise("sports injury"), Names.normalise("sports injuries"));
        assertEquals(Names.normalise("older adults"), Names.normalise("  Older   Adult "));
        assertEquals("ot", Names.normalise("OT"));
    }

    @Test
    void wordsThatOnlyLookPluralStay() {
        assertEquals("diagnosis", Names.normalise("diagnosis"));
        assertEquals("fitness", Names.normalise("fitness"));
        assertEquals("", Names.normalise(" -- "));
    }
}
