package org.rehabkg.server;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Which version of the data a server answers from, the first part of every ETag it sends
 * ({@link HttpCaching}). A read-only server serves its build's data: the version is the fingerprint of
 * the source files (the same on every replica built from them, so a cache in front can revalidate an
 * answer against any replica). A server taking writes adds a number per start and counts accepted
 * writes, so an answer from before a write never matches one from after it, even across restarts
 * over the same TDB2 store.
 */
final class DatasetVersion {
    private final Supplier<String> fingerprint;
    private final String run;
    private final boolean writable;
    private final AtomicLong writes = new AtomicLong();
    private volatile String base;

    /**
     * @param fingerprint the SHA-256 (hex) of the files the data was loaded from; asked for when the
     *                    first ETag is needed, not at start (for the embedded data it is known already:
     *                    the snapshot check took it; for a folder it reads every file once)
     */
    DatasetVersion(Supplier<String> fingerprint, boolean writable) {
        this.fingerprint = fingerprint;
        this.run = writable ? "." + UUID.randomUUID().toString().substring(0, 8) : "";
        this.writable = writable;
    }

    String current() {
        return writable ? base() + "." + writes.get() : base();
    }

    private String base() {
        String b = base;
        if (b == null) {
            synchronized (this) {
                if (base == null)
                    base = fingerprint.get().substring(0, 16) + run;
                b = base;
            }
        }
        return b;
    }

    /** An accepted write may have changed the data: answers from now on are a new version. */
    void dataChanged() {
        writes.incrementAndGet();
    }
}
