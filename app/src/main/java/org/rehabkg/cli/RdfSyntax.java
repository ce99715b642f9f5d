package org.rehabkg.cli;

import java.util.Arrays;
import java.util.Locale;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The RDF syntaxes {@code rehabkg export --format} writes. A typed name goes through Jena's table of
 * languages ({@link RDFLanguages}), so Jena's other names for them (turtle, json-ld, rdf/xml …) work
 * too; Jena's default serialization of each (the pretty one) writes it.
 */
enum RdfSyntax {
    TTL(Lang.TURTLE), NT(Lang.NTRIPLES), JSONLD(Lang.JSONLD), RDFXML(Lang.RDFXML), TRIG(Lang.TRIG);

    private final Lang lang;

    RdfSyntax(Lang lang) {
        this.lang = lang;
    }

    Lang lang() {
        return lang;
    }

    /** Holds the evidence graphs as named graphs; the others hold one merged graph. */
    boolean namedGraphs() {
        return RDFLanguages.isQuads(lang);
    }

    /** For picocli: a name Jena knows for one of these syntaxes; any other is a usage error. */
    static final class Converter implements ITypeConverter<RdfSyntax> {
        @Override
        public RdfSyntax convert(String value) {
            Lang typed = RDFLanguages.shortnameToLang(value);
            return Arrays.stream(values()).filter(s -> s.lang.equals(typed)).findFirst()
                    .orElseThrow(() -> new TypeConversionException("unknown format '" + value + "' (ttl, nt, jsonld, rdfxml or trig)"));
        }
    }

    /** The name rehabkg documents; picocli lists the completion candidates by it. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
