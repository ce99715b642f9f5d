package org.rehabkg.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;

/**
 * A SPARQL query the API itself runs (compare, lookup, recommend, stats), kept as a {@code .rq}
 * resource next to this class. These are not user-facing named queries (those live in
 * {@code queries/}); values are bound as IRIs with {@link ParameterizedSparqlString}.
 */
final class InternalQuery {
    private final String name;
    private final String text;

    private InternalQuery(String name, String text) {
        this.name = name;
        this.text = text;
    }

    static InternalQuery load(String name) {
        try (InputStream in = InternalQuery.class.getResourceAsStream(name + ".rq")) {
            if (in == null)
                throw new IllegalStateException("internal query " + name + ".rq missing from the class path");
            return new InternalQuery(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String name() { return name; }

    /** The query with each variable in {@code iris} replaced by that IRI. */
    Query bind(Map<String, String> iris) {
        ParameterizedSparqlString pss = new ParameterizedSparqlString(text);
        iris.forEach(pss::setIri);
        return pss.asQuery();
    }

    Query query() {
        return bind(Map.of());
    }
}
