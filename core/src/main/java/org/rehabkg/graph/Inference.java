package org.rehabkg.graph;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.reasoner.InfGraph;
import org.apache.jena.reasoner.rulesys.GenericRuleReasoner;
import org.apache.jena.reasoner.rulesys.Rule;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Materialises what the ontology implies (sub-classes, sub-properties, inverses, domains and
 * ranges) once, at load, so that plain SPARQL sees it without a reasoner at query time.
 * The rules are in {@code inference.rules} next to this class.
 */
public final class Inference {
    private static final List<Rule> RULES = readRules();

    private Inference() {}

    /** The triples {@code asserted} implies but does not contain. */
    public static Graph entailments(Graph asserted) {
        GenericRuleReasoner reasoner = new GenericRuleReasoner(RULES);
        reasoner.setMode(GenericRuleReasoner.FORWARD_RETE);
        InfGraph inf = reasoner.bind(asserted);
        inf.prepare();
        Graph added = GraphFactory.createDefaultGraph();
        inf.getDeductionsGraph().find().forEachRemaining(t -> {
            if (!asserted.contains(t))
                added.add(t);
        });
        return added;
    }

    private static List<Rule> readRules() {
        try (InputStream in = Inference.class.getResourceAsStream("inference.rules")) {
            if (in == null)
                throw new IllegalStateException("inference.rules missing from the class path");
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return Rule.parseRules(Rule.rulesParserFromReader(reader));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
