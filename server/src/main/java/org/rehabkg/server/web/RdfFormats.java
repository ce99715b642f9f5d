package org.rehabkg.server.web;

import java.util.List;
import java.util.Optional;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.WebContent;

/** The representations of an entity besides HTML, and how a request picks one. */
final class RdfFormats {
    /** @param name the value of {@code ?format=}, for links from the HTML page */
    record Format(String name, String title, String contentType, RDFFormat rdf) {}

    static final String HTML = WebContent.contentTypeHTML;
    /** N3's registered type (Jena's {@code contentTypeN3} is the older {@code text/rdf+n3}). */
    private static final String N3 = "text/n3";

    static final List<Format> ALL = List.of(
            new Format("turtle", "Turtle", WebContent.contentTypeTurtle, RDFFormat.TURTLE_PRETTY),
            new Format("jsonld", "JSON-LD", WebContent.contentTypeJSONLD, RDFFormat.JSONLD_PRETTY),
            new Format("rdfxml", "RDF/XML", WebContent.contentTypeRDFXML, RDFFormat.RDFXML_PRETTY),
            new Format("ntriples", "N-Triples", WebContent.contentTypeNTriples, RDFFormat.NTRIPLES));

    /**
     * What we offer, in order of preference when the client does not mind (HTML first, for people).
     * {@code text/plain} (N-Triples' old type) and {@code text/n3} (N3, of which Turtle is a part)
     * are what rdflib asks for with {@code format="nt"} and {@code format="n3"}.
     */
    private static final AcceptList OFFER = AcceptList.create(
            HTML, "application/xhtml+xml",
            WebContent.contentTypeTurtle, WebContent.contentTypeJSONLD, WebContent.contentTypeRDFXML,
            WebContent.contentTypeNTriples, WebContent.contentTypeTextPlain, N3);

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
        return Optional.of(switch (chosen.getContentTypeStr()) {
            case "application/xhtml+xml" -> HTML;
            case WebContent.contentTypeTextPlain -> WebContent.contentTypeNTriples;
            case N3 -> WebContent.contentTypeTurtle;
            default -> chosen.getContentTypeStr();
        });
    }

    static Optional<Format> byContentType(String contentType) {
        return ALL.stream().filter(f -> f.contentType().equals(contentType)).findFirst();
    }

    static Optional<Format> byName(String name) {
        return ALL.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** The offered types, for the body of a 406. */
    static String offered() {
        StringBuilder b = new StringBuilder(HTML);
        ALL.forEach(f -> b.append(", ").append(f.contentType()));
        return b.toString();
    }
}
