package org.rehabkg.graph;

import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;

/**
 * One validation problem: the entity at fault, the property involved, the offending value (may be
 * null), a human message, and the rule that found it (a SHACL shape or a QC query file).
 */
public record Finding(String rule, Node focus, String path, Node value, String message) {

    /** One line, with IRIs shortened by {@code prefixes}: {@code rkg:x  rdfs:label  "v"  message  [rule]}. */
    public String describe(PrefixMapping prefixes) {
        StringBuilder b = new StringBuilder();
        b.append("focus: ").append(show(focus, prefixes));
        if (path != null && !path.isEmpty())
            b.append("  path: ").append(path);
        if (value != null)
            b.append("  value: ").append(show(value, prefixes));
        b.append("  message: ").append(message);
        b.append("  [").append(rule).append(']');
        return b.toString();
    }

    static String show(Node n, PrefixMapping prefixes) {
        if (n == null)
            return "-";
        if (n.isURI()) {
            String shortForm = prefixes.qnameFor(n.getURI());
            return shortForm != null ? shortForm : "<" + n.getURI() + ">";
        }
        return n.toString();
    }
}
