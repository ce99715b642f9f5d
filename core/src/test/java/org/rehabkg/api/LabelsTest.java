package org.rehabkg.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

/** The one label rule: the language asked for, then English, then any; stable whatever the order. */
class LabelsTest {
    private static Node lit(String text, String lang) {
        return lang.isEmpty() ? NodeFactory.createLiteralString(text) : NodeFactory.createLiteralLang(text, lang);
    }

    private static String pick(List<Node> literals, String language) {
        return Labels.pick(literals, language).map(Node::getLiteralLexicalForm).orElse(null);
    }

    @Test
    void languageThenEnglishThenAny() {
        List<Node> labels = List.of(lit("Ergotherapie", "de"), lit("occupational therapy", "en"), lit("ergothérapie", "fr"));
        assertEquals("Ergotherapie", pick(labels, "de"));
        assertEquals("Ergotherapie", pick(labels, "de-AT"), "a reader of de-AT reads de");
        assertEquals("occupational therapy", pick(labels, "es"), "no Spanish label: English");
    }

    @Test
    void fallbacks() {
        List<Node> labels = List.of(lit("ergothérapie", "fr"), lit("occupational therapy", "en-GB"), lit("plain", ""));
        assertEquals("occupational therapy", pick(labels, "es"), "English (any region) before other languages");
        assertEquals("plain", pick(List.of(lit("ergothérapie", "fr"), lit("plain", "")), "es"), "untagged before other languages");
        assertEquals("ergothérapie", pick(List.of(lit("ergothérapie", "fr")), "es"), "any language at last");
        assertEquals("occupational therapy", Labels.pick(labels).orElseThrow().getLiteralLexicalForm(), "English by default");
        assertTrue(Labels.pick(List.of()).isEmpty());
        assertTrue(Labels.pick(List.of(NodeFactory.createURI("https://example.org/x"))).isEmpty(), "only literals");
    }

    @Test
    void theChoiceDoesNotDependOnOrder() {
        Node a = lit("adaptive equipment", "en"), b = lit("assistive devices", "en");
        assertEquals(pick(List.of(a, b), "en"), pick(List.of(b, a), "en"));
    }
}
