package org.rehabkg.server;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
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
    private final CompletableFuture<String> base;
    private final boolean writable;
    private final AtomicLong writes = new AtomicLong();

    /**
     * @param fingerprint the SHA-256 (hex) of the files the data was loaded from; it reads every
     *                    file, so it is taken on its own thread while the server starts, and the first
     *                    request that needs it waits for it
     */
    DatasetVersion(Supplier<String> fingerprint, boolean writable) {
        String run = writable ? "." + UUID.randomUUID().toString().substring(0, 8) : "";
        this.base = CompletableFuture.supplyAsync(() -> fingerprint.get().substring(0, 16) + run,
                r -> Thread.ofPlatform().daemon().name("rehabkg-fingerprint").start(r));
        this.writable = writable;
    }

    String current() {
        return writable ? base.join() + "." + writes.get() : base.join();
    }

    /** An accepted write may have changed the data: answers from now on are a new version. */
    void dataChanged() {
        writes.incrementAndGet();
    }
}
