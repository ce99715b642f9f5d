package org.rehabkg.server.web;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * Something built from the served data, one per version of it: built on first need, shared by every
 * request, and dropped when an accepted write may have changed the data ({@link RebuildAfterWrite}
 * calls {@link #dataChanged}), so that the next request builds it again. The pages' API object
 * ({@link CurrentGraph}) and the search API's index live this way.
 *
 * @param <T> what is built
 */
public class PerDataVersion<T> {
    private final Supplier<T> build;
    private T current;

    public PerDataVersion(Supplier<T> build) {
        this.build = Objects.requireNonNull(build);
    }

    public synchronized T get() {
        if (current == null)
            current = build.get();
        return current;
    }

    /**
     * Not closed: a request may still be reading through it, and what is built over a local dataset
     * holds nothing the dataset does not own.
     */
    public synchronized void dataChanged() {
        current = null;
    }
}
