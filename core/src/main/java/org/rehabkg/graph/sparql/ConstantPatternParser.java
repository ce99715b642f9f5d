package org.rehabkg.graph.sparql;

import java.io.Reader;
import java.util.IllegalFormatException;
import java.util.List;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.expr.ExprException;
import org.apache.jena.sparql.lang.SPARQLParser;
import org.apache.jena.sparql.lang.SPARQLParserFactory;
import org.apache.jena.sparql.lang.SPARQLParserRegistry;
import org.apache.jena.sparql.lang.UpdateParser;
import org.apache.jena.sparql.lang.UpdateParserFactory;
import org.apache.jena.sparql.lang.UpdateParserRegistry;
import org.apache.jena.sparql.modify.UpdateSink;

/**
 * ARQ's SPARQL query and update parsers, with a literal pattern that does not compile ({@code REGEX(?x, "[")}) a
 * {@link QueryParseException} whose message names no Java class. ARQ's parser builds REGEX and
 * REPLACE as it reads them, and their constructors compile a constant pattern: the error comes out
 * of the parser as an evaluation error (not a parse error, so a caller that catches parse errors, the
 * server's or the command line's, let it through as a 500), with the text
 * {@code "Regex pattern exception: java.util.regex.PatternSyntaxException: …"}. Patterns that become
 * constant only after folding are {@link GuardedPatternCall}'s. Any other failure of the parsers
 * on the text (not a syntax error) is made a parse error too: see {@link #unreadable}.
 */
final class ConstantPatternParser extends SPARQLParser {
    private static final String JAVA_CLASS = "pattern exception: java.util.regex.PatternSyntaxException: ";

    private final SPARQLParser arq;

    private ConstantPatternParser(SPARQLParser arq) {
        this.arq = arq;
    }

    /** Wraps the registered parser of each SPARQL syntax ARQ knows. */
    static void install() {
        for (Syntax syntax : List.of(Syntax.syntaxSPARQL_10, Syntax.syntaxSPARQL_11, Syntax.syntaxSPARQL_12, Syntax.syntaxARQ)) {
            installForUpdates(syntax);
            SPARQLParserFactory arq = SPARQLParserRegistry.findFactory(syntax);
            if (arq == null)
                continue;
            SPARQLParserRegistry.addFactory(syntax, new SPARQLParserFactory() {
                @Override
                public boolean accept(Syntax s) {
                    return arq.accept(s);
                }

                @Override
                public SPARQLParser create(Syntax s) {
                    return new ConstantPatternParser(arq.create(s));
                }
            });
        }
    }

    @Override
    protected Query parse$(Query query, String queryString) {
        try {
            return arq.parse(query, queryString);
        } catch (ExprException e) {
            throw malformed(e);
        } catch (QueryParseException e) {
            throw e;
        } catch (QueryException | IllegalFormatException e) {
            throw unreadable(e);
        }
    }

    /**
     * ARQ's parser failing on the text other than by a syntax error, which callers took for a fault of
     * their own (a 500, the command line's "internal error"): Jena 6.2.0 formats a GROUP_CONCAT's
     * separator as a printf pattern while it parses, so a separator with "%" ("%0", "50%") threw.
     */
    private static QueryParseException unreadable(RuntimeException e) {
        return new QueryParseException("the query could not be read (" + e.getMessage()
                + "); a \"%\" in a GROUP_CONCAT separator is one cause", -1, -1);
    }

    private static QueryParseException malformed(ExprException e) {
        String message = e.getMessage() == null ? "an expression cannot be built" : e.getMessage();
        // The first line: java.util.regex adds the pattern and a caret under the position.
        String first = message.lines().findFirst().orElse(message);
        return MalformedPattern.of(first.replace(JAVA_CLASS, "pattern is not a valid regular expression: "));
    }

    /** The same for updates, whose WHERE clauses ARQ's update parser builds the same way. */
    private static void installForUpdates(Syntax syntax) {
        UpdateParserFactory arq = UpdateParserRegistry.findFactory(syntax);
        if (arq == null)
            return;
        UpdateParserRegistry.addFactory(syntax, new UpdateParserFactory() {
            @Override
            public boolean accept(Syntax s) {
                return arq.accept(s);
            }

            @Override
            public UpdateParser create(Syntax s) {
                UpdateParser parser = arq.create(s);
                return new UpdateParser() {
                    @Override
                    protected void executeParse(UpdateSink sink, Prologue prologue, Reader reader) {
                        try {
                            parser.parse(sink, prologue, reader);
                        } catch (ExprException e) {
                            throw malformed(e);
                        } catch (QueryParseException e) {
                            throw e;
                        } catch (RuntimeException e) {
                            // The update parser passes on what the query parser wraps in a QueryException.
                            throw unreadable(e);
                        }
                    }
                };
            }
        });
    }
}
