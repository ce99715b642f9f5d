package org.rehabkg.graph.sparql;

import org.apache.jena.query.QueryParseException;

/**
 * A pattern or flags that do not compile, as a malformed query. Its message goes into the HTTP
 * status line of Fuseki's 400, which takes printable ASCII only (a flag U+FFFD there turned the 400
 * into a 500, found by the fuzz run): other characters are written as {@code \}{@code uXXXX}.
 */
final class MalformedPattern {
    private MalformedPattern() {
    }

    static QueryParseException of(String message) {
        StringBuilder b = new StringBuilder(message.length());
        message.chars().forEach(c -> {
            if (c >= 0x20 && c < 0x7f)
                b.append((char) c);
            else
                b.append(String.format("\\u%04x", c));
        });
        return new QueryParseException(b.toString(), -1, -1);
    }
}
