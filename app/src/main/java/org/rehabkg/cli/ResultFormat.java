package org.rehabkg.cli;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.Locale;

import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.resultset.ResultsFormat;
import org.apache.jena.vocabulary.SKOS;
import org.rehabkg.api.QueryResult;
import org.rehabkg.graph.Vocab;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The output formats of {@code rehabkg query --format}: the ones of Jena's {@code sparql --results}
 * ({@link ResultsFormat}) that rehabkg offers. A typed name goes through Jena's own tables, so its
 * other names (turtle, n-triples, json-ld, srj, rdf/xml …) work too; writing is left to Jena's result
 * and RDF writers, so each format follows its specification.
 */
public enum ResultFormat {
    TEXT(ResultsFormat.TEXT), CSV(ResultsFormat.CSV), TSV(ResultsFormat.TSV), JSON(ResultsFormat.JSON), XML(ResultsFormat.XML),
    TTL(ResultsFormat.TTL), NT(ResultsFormat.NT), JSONLD(ResultsFormat.RDF_JSONLD), RDFXML(ResultsFormat.RDFXML);

    /** The text table is for people: IRIs read as rkg:autism-spectrum-disorder, owl:Class … */
    private static final PrefixMapping TEXT_PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefixes(PrefixMapping.Standard)
            .setNsPrefix("skos", SKOS.uri)
            .setNsPrefix("rkg", Vocab.NS)
            .setNsPrefix("rkgg", Vocab.GRAPH_NS)
            .lock();

    private final ResultsFormat jena;

    ResultFormat(ResultsFormat jena) {
        this.jena = jena;
    }

    /**
     * The format a name stands for in Jena's tables: its result-format names, else its RDF syntax
     * names (rdf/xml).
     *
     * @throws IllegalArgumentException for a name Jena does not know, or a format rehabkg does not offer
     */
    public static ResultFormat parse(String name) {
        ResultsFormat f = ResultsFormat.lookup(name);
        Lang syntax = f == null ? RDFLanguages.shortnameToLang(name) : null;
        return Arrays.stream(values())
                .filter(r -> f != null ? r.jena == f : syntax != null && r.forGraphs() && r.jena.rdfFormat().getLang().equals(syntax))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown format '" + name + "' (" + names() + ")"));
    }

    /** "text, csv, tsv, …", for messages. */
    static String names() {
        return String.join(", ", Arrays.stream(values()).map(ResultFormat::label).toList());
    }

    /** For picocli: a name through {@link #parse}; a name Jena does not know is a usage error. */
    static final class Converter implements ITypeConverter<ResultFormat> {
        @Override
        public ResultFormat convert(String value) {
            try {
                return parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** An RDF syntax (CONSTRUCT, DESCRIBE), not a table of results (SELECT, ASK). */
    boolean forGraphs() {
        return jena.resultSetLang() == null;
    }

    /** Writes {@code result}; a table format for a graph (or the reverse) is a user error. */
    public void write(QueryResult result, OutputStream out) {
        if (result.form() == QueryResult.Form.GRAPH) {
            // The text table of a graph is Turtle, as in Jena; a results format (JSON, XML) stays for results.
            if (!forGraphs() && this != TEXT)
                throw new UserError("--format " + label() + " is for SELECT/ASK; a CONSTRUCT or DESCRIBE answer takes ttl, nt, jsonld or rdfxml");
            RDFDataMgr.write(out, result.toModel(), jena.rdfFormat());
            return;
        }
        if (forGraphs())
            throw new UserError("--format " + label() + " is for CONSTRUCT/DESCRIBE; a SELECT or ASK answer takes text, csv, tsv, json or xml");
        if (this == TEXT && result.form() == QueryResult.Form.BOOLEAN)
            ResultSetFormatter.out(out, result.answer());
        else if (this == TEXT)
            ResultSetFormatter.out(out, result.toResultSet(), TEXT_PREFIXES);
        else if (result.form() == QueryResult.Form.BOOLEAN)
            ResultSetMgr.write(out, result.answer(), jena.resultSetLang());
        else
            ResultSetMgr.write(out, result.toResultSet(), jena.resultSetLang());
    }

    /** The name rehabkg documents (and --help lists), also the extension of a batch job's file. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The label: picocli lists the completion candidates of {@code --format} by it. */
    @Override
    public String toString() {
        return label();
    }
}
