package org.rehabkg.graph.sparql;

import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.expr.ExprEvalException;

/**
 * A string that a {@link java.util.regex.Matcher} reads and that stops the match when the query is
 * cancelled. {@code java.util.regex} backtracks without limit and cannot be interrupted, but it reads
 * its input only through {@link #charAt}: checking the cancel flag there (every 1,024 reads, a
 * volatile load) makes every match end within a moment of the query's timeout, with Java's own
 * regular-expression semantics unchanged.
 *
 * <p>Outside an execution (ARQ's optimizer folds constant expressions ahead of time, with no timeout
 * running yet) there is no flag: the match then gets a fixed number of reads and is given up after
 * them, and ARQ leaves the expression to be evaluated when the query runs, under its timeout.
 */
final class CancellableText implements CharSequence {
    private static final int CHECK_EVERY = 1024;
    /** Reads allowed to a match outside an execution: a few milliseconds' work. */
    static final long READS_AHEAD_OF_TIME = 1L << 22;

    private final String text;
    private final AtomicBoolean cancelled;
    private final long[] readsLeft;
    private int reads;

    private CancellableText(String text, AtomicBoolean cancelled, long[] readsLeft) {
        this.text = text;
        this.cancelled = cancelled;
        this.readsLeft = readsLeft;
    }

    /** {@code text} watched by the execution's cancel flag, or with a fixed number of reads when there is none. */
    static CharSequence of(String text, AtomicBoolean cancelled) {
        return new CancellableText(text, cancelled, cancelled == null ? new long[] { READS_AHEAD_OF_TIME } : null);
    }

    @Override
    public char charAt(int index) {
        if (++reads >= CHECK_EVERY) {
            reads = 0;
            if (cancelled != null ? cancelled.get() : (readsLeft[0] -= CHECK_EVERY) < 0)
                throw cancelled != null ? new QueryCancelledException() : new ExprEvalException("too costly to evaluate ahead of the query");
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new CancellableText(text.substring(start, end), cancelled, readsLeft);
    }

    @Override
    public String toString() {
        return text;
    }
}
