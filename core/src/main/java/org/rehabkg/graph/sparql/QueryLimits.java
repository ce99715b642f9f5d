package org.rehabkg.graph.sparql;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;
import org.rehabkg.graph.Vocab;

/**
 * The bounds every SPARQL query and update evaluated in this JVM lives within, whoever runs it (the
 * server or the command line): how long a string a function or GROUP_CONCAT may build, and how many
 * characters all of them together may build in one execution. Without them a few nested
 * {@code BIND(CONCAT(?s, ?s))} fill any heap; and how many quads one update may write or delete.
 * Each can be changed with a system property
 * ({@code -Drehabkg.maxStringChars=…}, {@code -Drehabkg.queryStringBudget=…},
 * {@code -Drehabkg.maxUpdateQuads=…}), e.g. through the
 * launcher's {@code REHABKG_JAVA_OPTS}.
 */
public final class QueryLimits {
    /** The longest string (in UTF-16 chars) a SPARQL function or GROUP_CONCAT may produce: 1 Mi. */
    public static final int MAX_STRING_CHARS = Integer.getInteger("rehabkg.maxStringChars", 1 << 20);
    /** All the characters the string functions of one execution may produce together: 32 Mi. */
    public static final long STRING_BUDGET_CHARS = Long.getLong("rehabkg.queryStringBudget", 32L << 20);

    /**
     * The quads one update request may write or delete, INSERT/DELETE templates counted once per row
     * of their WHERE: 100,000 (the curated graph holds a few thousand; a bulk load goes through
     * {@code rehabkg load}). {@code -Drehabkg.maxUpdateQuads=…} changes it.
     */
    public static final long MAX_UPDATE_QUADS = Long.getLong("rehabkg.maxUpdateQuads", 100_000L);

    /**
     * Set in an update's context (to a {@code Long}), the quads that update may write or delete. Only
     * updates whose context carries it are counted: the server sets it on its update endpoint, and a
     * library user's own updates in the same JVM are left alone.
     */
    public static final Symbol UPDATE_QUADS = Symbol.create(Vocab.NS + "maxUpdateQuads");

    /** The characters produced so far, kept in the execution's own context (one per query or update). */
    private static final Symbol PRODUCED = Symbol.create(Vocab.NS + "stringCharsProduced");

    private QueryLimits() {}

    /**
     * Called before a function builds a string of {@code length} characters.
     *
     * @throws StringLimitException when the string, or the execution's total, would pass its bound
     */
    static void allowString(long length, FunctionEnv env, String function) {
        checkLength(length, function);
        charge(length, env, function);
    }

    /** @throws StringLimitException when a string of {@code length} characters is longer than allowed */
    static void checkLength(long length, String function) {
        if (length > MAX_STRING_CHARS)
            throw new StringLimitException(function + " would build a string of " + length
                    + " characters; a query may build strings of at most " + MAX_STRING_CHARS);
    }

    /** Counts {@code added} characters against the execution's total. */
    static void charge(long added, FunctionEnv env, String function) {
        if (env == null || env.getContext() == null)
            return;
        AtomicLong produced = env.getContext().computeIfAbsent(PRODUCED, k -> new AtomicLong());
        if (produced.addAndGet(added) > STRING_BUDGET_CHARS)
            throw new StringLimitException("the query builds more than " + STRING_BUDGET_CHARS
                    + " characters of strings in all (" + function + "); narrow it down");
    }

    /** The flag the execution's timeout (or an abort) raises; null when run outside a query execution. */
    static AtomicBoolean cancelSignal(FunctionEnv env) {
        if (env instanceof ExecutionContext ec && ec.getCancelSignal() != null)
            return ec.getCancelSignal();
        return env == null || env.getContext() == null ? null : Context.getCancelSignal(env.getContext());
    }
}
