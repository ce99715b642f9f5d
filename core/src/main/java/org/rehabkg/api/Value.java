package org.rehabkg.api;

import java.util.Objects;

import org.apache.jena.datatypes.DatatypeFormatException;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * One RDF term of a query answer: an IRI, a literal (with its datatype, and language for a
 * language-tagged string) or a blank node.
 *
 * @param kind     IRI, literal or blank node
 * @param text     the IRI, the literal's lexical form, or the blank node's label
 * @param datatype the literal's datatype IRI; null for an IRI or a blank node
 * @param language the literal's language tag; empty when it has none, null for an IRI or a blank node
 */
public record Value(Kind kind, String text, String datatype, String language) {
    /** What kind of RDF term a value is. */
    public enum Kind {
        /** An IRI. */
        IRI,
        /** A literal. */
        LITERAL,
        /** A blank node. */
        BLANK
    }

    /** Checks that the parts fit the kind. */
    public Value {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        if (kind == Kind.LITERAL && (datatype == null || language == null))
            throw new IllegalArgumentException("a literal needs a datatype and a language (empty for none)");
    }

    /**
     * The value of a Jena node.
     *
     * @param node a concrete node (IRI, literal or blank node)
     * @return the value
     * @throws IllegalArgumentException for a variable or another non-concrete node
     */
    public static Value of(Node node) {
        if (node.isURI())
            return new Value(Kind.IRI, node.getURI(), null, null);
        if (node.isLiteral())
            return new Value(Kind.LITERAL, node.getLiteralLexicalForm(), node.getLiteralDatatypeURI(), node.getLiteralLanguage());
        if (node.isBlank())
            return new Value(Kind.BLANK, node.getBlankNodeLabel(), null, null);
        throw new IllegalArgumentException("not an RDF term: " + node);
    }

    /**
     * The Jena node of this value.
     *
     * @return an IRI, literal or blank node
     */
    public Node toNode() {
        return switch (kind) {
            case IRI -> NodeFactory.createURI(text);
            case BLANK -> NodeFactory.createBlankNode(text);
            case LITERAL -> language.isEmpty()
                    ? NodeFactory.createLiteralDT(text, TypeMapper.getInstance().getSafeTypeByName(datatype))
                    : NodeFactory.createLiteralLang(text, language);
        };
    }

    /**
     * The literal as a Java value by its datatype: an {@code xsd:integer} gives a number, an
     * {@code xsd:boolean} a {@link Boolean}, a string a {@link String}; a literal whose text does not fit
     * its datatype gives its text.
     *
     * @return the Java value
     * @throws IllegalStateException when this is not a literal
     */
    public Object javaValue() {
        if (kind != Kind.LITERAL)
            throw new IllegalStateException("not a literal: " + this);
        try {
            Object v = toNode().getLiteralValue();
            return v == null ? text : v;
        } catch (DatatypeFormatException e) {
            return text;
        }
    }

    /**
     * Whether this is an IRI.
     *
     * @return true for an IRI
     */
    public boolean isIri() {
        return kind == Kind.IRI;
    }

    /**
     * Whether this is a literal.
     *
     * @return true for a literal
     */
    public boolean isLiteral() {
        return kind == Kind.LITERAL;
    }

    /** The IRI, the literal's text, or {@code _:label}. */
    @Override
    public String toString() {
        return kind == Kind.BLANK ? "_:" + text : text;
    }
}
