package org.rehabkg.query;

import java.util.Locale;

import org.rehabkg.graph.BadInputException;

/**
 * A parameter declared in a query header as {@code # param: NAME TYPE description}. The name is a
 * variable of the query (without {@code ?}); binding it replaces the variable with a term.
 *
 * @param name        the variable, without {@code ?}
 * @param type        how a value becomes an RDF term
 * @param description what the parameter is for
 */
public record QueryParam(String name, Type type, String description) {

    /** How a command-line string becomes an RDF term. */
    public enum Type {
        /** an IRI: a full IRI, a prefixed name, or a bare rehabkg slug ({@code occupational-therapy}) */
        IRI,
        /** a plain string literal */
        STRING,
        /** an English language-tagged literal, as labels are stored */
        TEXT,
        /** an xsd:integer */
        INTEGER;

        static Type parse(String word) {
            try {
                return valueOf(word.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new BadInputException("unknown parameter type '" + word + "' (iri, string, text or integer)");
            }
        }

        /**
         * The type as a header writes it.
         *
         * @return {@code iri}, {@code string}, {@code text} or {@code integer}
         */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
