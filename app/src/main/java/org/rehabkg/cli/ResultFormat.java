package org.rehabkg.cli;

import java.io.OutputStream;
import java.util.Locale;

import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.SKOS;
import org.rehabkg.graph.Vocab;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.rehabkg.api.QueryResult;

/**
 * The output formats of {@code --results}, named as Jena's own {@code sparql --results}. Writing is
 * left to Jena's result and RDF writers, so each format follows its specification.
 */
public enum ResultFormat {
    TEXT(null, null), CSV(ResultSetLang.RS_CSV, null), TSV(ResultSetLang.RS_TSV, null),
    JSON(ResultSetLang.RS_JSON, null), XML(ResultSetLang.RS_XML, null),
    TTL(null, RDFFormat.TURTLE_PRETTY), NT(null, RDFFormat.NTRIPLES), JSONLD(null, RDFFormat.JSONLD_PRETTY),
    RDFXML(null, RDFFormat.RDFXML_PRETTY);

    /** The text table is for people: IRIs read as rkg:autism-spectrum-disorder, owl:Class … */
    private static final PrefixMapping TEXT_PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefixes(PrefixMapping.Standard)
            .setNsPrefix("skos", SKOS.uri)
            .setNsPrefix("rkg", Vocab.NS)
            .setNsPrefix("rkgg", Vocab.GRAPH_NS)
            .lock();

    private final Lang resultLang;
    private final RDFFormat rdfFormat;

    ResultFormat(Lang resultLang, RDFFormat rdfFormat) {
        this.resultLang = resultLang;
        this.rdfFormat = rdfFormat;
    }

    public static ResultFormat parse(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace("-", "");
        return switch (n) {
            case "turtle" -> TTL;
            case "ntriples" -> NT;
            case "srj" -> JSON;
            case "srx" -> XML;
            default -> valueOf(n.toUpperCase(Locale.ROOT));
        };
    }

    boolean forGraphs() {
        return rdfFormat != null;
    }

    /** Writes {@code result}; a table format for a graph (or the reverse) is a usage error. */
    public void write(QueryResult result, OutputStream out) {
        if (result.form() == QueryResult.Form.GRAPH) {
            RDFFormat f = forGraphs() ? rdfFormat : (this == TEXT ? RDFFormat.TURTLE_PRETTY : null);
            if (f == null)
                throw new UserError("--results " + label() + " is for SELECT/ASK; a CONSTRUCT or DESCRIBE answer takes ttl, nt, jsonld or rdfxml");
            RDFDataMgr.write(out, result.toModel(), f);
            return;
        }
        if (forGraphs())
            throw new UserError("--results " + label() + " is for CONSTRUCT/DESCRIBE; a SELECT or ASK answer takes text, csv, tsv, json or xml");
        if (result.form() == QueryResult.Form.BOOLEAN) {
            if (this == TEXT)
                ResultSetFormatter.out(out, result.answer());
            else
                ResultSetMgr.write(out, result.answer(), resultLang);
            return;
        }
        if (this == TEXT)
            ResultSetFormatter.out(out, result.toResultSet(), TEXT_PREFIXES);
        else
            ResultSetMgr.write(out, result.toResultSet(), resultLang);
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
