package org.rehabkg.server;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.apache.jena.atlas.web.ContentType;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;

/**
 * What data written to the dataset must be, the same on every write path (SPARQL Update, a Graph
 * Store upload, each part of a multipart upload): UTF-8 (no other charset, no truncated sequence),
 * IRIs and prefixes of at most {@link #MAX_IRI_CHARS}, literals of at most
 * {@link #MAX_LITERAL_CHARS}, and for an upload, a document that parses whole, to its end, before
 * any of it is stored. Each rule answers why a write is refused, in a line for the client (no Java
 * class names), or null when it passes.
 */
final class UploadRules {
    static final int MAX_IRI_CHARS = 8 * 1024;
    static final int MAX_LITERAL_CHARS = 64 * 1024;

    private UploadRules() {}

    /** Why these bytes are not UTF-8 text, or null. */
    static String notUtf8(byte[] body) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body);
        try {
            decoder.decode(in);
            return null;
        } catch (CharacterCodingException e) {
            return "the body is not valid UTF-8 (byte " + in.position() + " of " + body.length + ")";
        }
    }

    /** Why a declared charset is refused (anything but UTF-8, which RDF text formats are), or null. */
    static String otherCharset(ContentType type) {
        String charset = type == null ? null : type.getCharset();
        if (charset == null || charset.equalsIgnoreCase("utf-8") || charset.equalsIgnoreCase("utf8"))
            return null;
        return "charset=" + charset + " is not accepted: send UTF-8";
    }

    /** Why a term is too large to store, or null. */
    static String tooLarge(Node n) {
        if (n == null)
            return null;
        if (n.isURI() && n.getURI().length() > MAX_IRI_CHARS)
            return "an IRI of " + n.getURI().length() + " characters (at most " + MAX_IRI_CHARS + ")";
        if (n.isLiteral() && n.getLiteralLexicalForm().length() > MAX_LITERAL_CHARS)
            return "a literal of " + n.getLiteralLexicalForm().length() + " characters (at most " + MAX_LITERAL_CHARS + ")";
        if (n.isLiteral())
            return tooLargeIri(n.getLiteralDatatypeURI(), "datatype IRI");
        return null;
    }

    static String tooLargeIri(String iri, String what) {
        return iri != null && iri.length() > MAX_IRI_CHARS
                ? "a " + what + " of " + iri.length() + " characters (at most " + MAX_IRI_CHARS + ")" : null;
    }

    /**
     * Why a document of this media type is refused, or null when it parses whole and every term and
     * prefix is within the limits. Parsing here, into nothing, before Fuseki parses it into the
     * dataset, means a document that fails half-way stores none of it.
     */
    static String refusal(byte[] body, String contentType) {
        ContentType type = ContentType.create(contentType);
        Lang lang = RDFLanguages.contentTypeToLang(type.getContentTypeStr());
        if (lang == null)
            return null;   // not RDF: Fuseki answers 415
        boolean binary = RDFLanguages.sameLang(lang, Lang.RDFTHRIFT) || RDFLanguages.sameLang(lang, Lang.RDFPROTO);
        if (!binary) {
            String why = otherCharset(type);
            if (why == null)
                why = notUtf8(body);
            if (why != null)
                return why;
        }
        if (RDFLanguages.sameLang(lang, Lang.RDFXML)) {
            String why = ExternalEntities.refusal(body);
            if (why != null)
                return why;
        }
        Checker checker = new Checker();
        try {
            RDFParser.source(new ByteArrayInputStream(body)).lang(lang).base("http://upload.invalid/")
                     .context(LocalOnlyGsp.localOnlyContext())
                     .errorHandler(ErrorHandlerFactory.errorHandlerNoLogging)
                     .parse(checker);
        } catch (TooLarge e) {
            return "refused: " + e.getMessage();
        } catch (RiotException e) {
            return lang.getLabel() + ": " + clientMessage(e);
        } catch (StackOverflowError e) {
            return lang.getLabel() + ": the document is nested too deeply";
        } catch (RuntimeException e) {
            return lang.getLabel() + ": " + clientMessage(e);
        }
        if (binary && body.length > 0 && checker.statements == 0)
            return lang.getLabel() + ": no RDF could be read from the body";
        return null;
    }

    /** The message of a parse error, or a plain sentence when it would only name Java classes. */
    static String clientMessage(Throwable e) {
        String message = e.getMessage();
        // Titanium's JsonLdError prints itself as "JsonLdError[code=…, message=…]" (found by the fuzz
        // run): its own message is the part for the client.
        var jsonLd = message == null ? null : java.util.regex.Pattern.compile("JsonLdError\\[.*message=(.*)\\]\\s*$").matcher(message);
        if (jsonLd != null && jsonLd.find())
            message = jsonLd.group(1);
        if (message == null || message.isBlank() || message.contains("Exception") || message.contains("Error[") || message.contains("java."))
            return "the document could not be read";
        return message.length() > 300 ? message.substring(0, 300) + "…" : message;
    }

    private static final class TooLarge extends RuntimeException {
        TooLarge(String why) {
            super(why, null, false, false);
        }
    }

    /** Counts what the parser reads and stops at the first term over a limit. */
    private static final class Checker extends StreamRDFBase {
        long statements;

        @Override
        public void triple(Triple t) {
            check(t.getSubject());
            check(t.getPredicate());
            check(t.getObject());
            statements++;
        }

        @Override
        public void quad(Quad q) {
            check(q.getGraph());
            triple(q.asTriple());
        }

        @Override
        public void prefix(String prefix, String iri) {
            String why = tooLargeIri(iri, "prefix IRI");
            if (why != null)
                throw new TooLarge(why);
        }

        @Override
        public void base(String base) {
            String why = tooLargeIri(base, "base IRI");
            if (why != null)
                throw new TooLarge(why);
        }

        private static void check(Node n) {
            String why = tooLarge(n);
            if (why != null)
                throw new TooLarge(why);
        }
    }
}
