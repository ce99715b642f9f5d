package org.rehabkg.query;

import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.shared.PrefixMapping;
import org.rehabkg.graph.BadInputException;
import org.rehabkg.graph.Vocab;

/**
 * Binds parameter values into a named query with {@link ParameterizedSparqlString}, so a value is
 * always a single RDF term and can never change the shape of the query.
 */
public final class ParamBinder {
    private ParamBinder() {}

    /**
     * The query with its parameters replaced by the terms their values stand for.
     *
     * @param query  the named query
     * @param values parameter name to value
     * @return the bound query
     * @throws UnknownNameException when a parameter is not declared by the query
     * @throws BadInputException when a value cannot be read as the declared type
     */
    public static Query bind(NamedQuery query, Map<String, String> values) {
        ParameterizedSparqlString pss = new ParameterizedSparqlString(query.text());
        PrefixMapping prefixes = values.isEmpty() ? null : declaredPrefixes(query);
        for (Map.Entry<String, String> e : values.entrySet()) {
            QueryParam param = query.param(e.getKey()).orElseThrow(() -> new UnknownNameException(
                    "parameter of query " + query.id(), e.getKey(),
                    NearestName.among(e.getKey(), query.params().stream().map(QueryParam::name).toList())));
            pss.setParam(param.name(), term(param, e.getValue(), prefixes));
        }
        return pss.asQuery();
    }

    /** The query's own PREFIX declarations, plus {@code rkg:} which every rehabkg user expects. */
    private static PrefixMapping declaredPrefixes(NamedQuery query) {
        PrefixMapping prefixes = PrefixMapping.Factory.create();
        prefixes.setNsPrefix("rkg", Vocab.NS);
        prefixes.setNsPrefixes(QueryFactory.create(query.text()).getPrefixMapping());
        return prefixes;
    }

    static Node term(QueryParam param, String value, PrefixMapping prefixes) {
        return switch (param.type()) {
            case IRI -> NodeFactory.createURI(expand(value, prefixes));
            case STRING -> NodeFactory.createLiteralString(value);
            case TEXT -> NodeFactory.createLiteralLang(value, "en");
            case INTEGER -> {
                try {
                    Long.parseLong(value.strip());
                } catch (NumberFormatException ex) {
                    throw new BadInputException("parameter " + param.name() + " takes an integer, not '" + value + "'");
                }
                yield NodeFactory.createLiteralDT(value.strip(), XSDDatatype.XSDinteger);
            }
        };
    }

    /** {@code <iri>}, {@code http…}, {@code prefix:local} with a known prefix, or a bare rehabkg slug. */
    static String expand(String value, PrefixMapping prefixes) {
        String v = value.strip();
        if (v.startsWith("<") && v.endsWith(">"))
            return v.substring(1, v.length() - 1);
        if (v.startsWith("http://") || v.startsWith("https://") || v.startsWith("urn:"))
            return v;
        int colon = v.indexOf(':');
        if (colon > 0 && prefixes.getNsPrefixURI(v.substring(0, colon)) != null)
            return prefixes.expandPrefix(v);
        if (colon >= 0 || v.isEmpty() || v.chars().anyMatch(Character::isWhitespace))
            throw new BadInputException("'" + value + "' is not an IRI, a known prefixed name or a rehabkg id");
        return Vocab.NS + v;
    }
}
