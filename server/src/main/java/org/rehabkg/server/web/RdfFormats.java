package org.rehabkg.server.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFWriterRegistry;
import org.apache.jena.riot.WebContent;

/**
 * The representations of an entity besides HTML, and how a request picks one. Names, titles, media
 * types and writers are Jena's ({@link RDFLanguages}, {@link RDFWriterRegistry}); only what Jena does
 * not know is here: HTML, and {@code text/plain} for N-Triples.
 */
final class RdfFormats {
    /** An RDF syntax an entity is offered in. */
    record Format(Lang lang) {
        /** The value of {@code ?format=} in the page's links: Jena's label, lower case, letters only (jsonld). */
        String name() {
            return lang.getLabel().toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        }

        String title() {
            return lang.getLabel();
        }

        String contentType() {
            return lang.getContentType().getContentTypeStr();
        }

        /** Jena's default writer for the syntax (the pretty one). */
        RDFFormat rdf() {
            return RDFWriterRegistry.defaultSerialization(lang);
        }
    }

    static final String HTML = WebContent.contentTypeHTML;
    private static final String XHTML = "application/xhtml+xml";

    static final List<Format> ALL = Stream.of(Lang.TURTLE, Lang.JSONLD, Lang.RDFXML, Lang.NTRIPLES).map(Format::new).toList();

    /**
     * What we offer, in order of preference when the client does not mind (HTML first, for people).
     * {@code text/plain} (N-Triples' old type, which Jena does not register) and N3's types (Jena
     * writes N3 as Turtle, which it contains) are what rdflib asks for with {@code format="nt"} and
     * {@code format="n3"}.
     */
    private static final AcceptList OFFER = AcceptList.create(Stream.of(
            Stream.of(HTML, XHTML), ALL.stream().map(Format::contentType),
            Stream.of(WebContent.contentTypeTextPlain), Lang.N3.getAltContentTypes().stream())
            .flatMap(s -> s).toArray(String[]::new));

    private RdfFormats() {}

    /**
     * The content type to send for an {@code Accept} header: HTML, one of {@link #ALL}, or empty when
     * nothing offered is acceptable (406). No header means anything goes.
     */
    static Optional<String> negotiate(String accept) {
        if (accept == null || accept.isBlank())
            return Optional.of(HTML);
        MediaType chosen = AcceptList.match(new AcceptList(accept), OFFER);
        if (chosen == null)
            return Optional.empty();
        String type = chosen.getContentTypeStr();
        if (type.equals(HTML) || type.equals(XHTML))
            return Optional.of(HTML);
        if (type.equals(WebContent.contentTypeTextPlain))
            return Optional.of(WebContent.contentTypeNTriples);
        // What Jena writes this syntax as: itself, or Turtle for N3.
        Lang written = RDFWriterRegistry.defaultSerialization(RDFLanguages.contentTypeToLang(type)).getLang();
        return Optional.of(written.getContentType().getContentTypeStr());
    }

    static Optional<Format> byContentType(String contentType) {
        return ALL.stream().filter(f -> f.contentType().equals(contentType)).findFirst();
    }

    /** Any name Jena gives one of {@link #ALL} (turtle, ttl, jsonld, json-ld, rdfxml, ntriples, nt …). */
    static Optional<Format> byName(String name) {
        Lang lang = RDFLanguages.shortnameToLang(name);
        return ALL.stream().filter(f -> f.lang().equals(lang)).findFirst();
    }

    /** The offered types, for the body of a 406. */
    static String offered() {
        StringBuilder b = new StringBuilder(HTML);
        ALL.forEach(f -> b.append(", ").append(f.contentType()));
        return b.toString();
    }
}
