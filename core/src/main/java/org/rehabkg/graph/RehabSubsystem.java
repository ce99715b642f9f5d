package org.rehabkg.graph;

import org.apache.jena.sys.JenaSubsystemLifecycle;
import org.rehabkg.graph.sparql.SparqlGuards;

/**
 * rehabkg's part of Jena's start-up, found by {@link java.util.ServiceLoader} through
 * {@code META-INF/services/org.apache.jena.sys.JenaSubsystemLifecycle}: its own SPARQL functions
 * ({@link SparqlFunctions}) and the guards on every query ({@link SparqlGuards}) are in place before
 * any query runs, in the server, the command line and the tests alike, whichever class touches Jena
 * first.
 */
public final class RehabSubsystem implements JenaSubsystemLifecycle {
    @Override
    public void start() {
        SparqlFunctions.register();
        SparqlGuards.install();
    }

    @Override
    public void stop() {}

    /** After ARQ (30), whose function registry and optimizer this changes. */
    @Override
    public int level() {
        return 500;
    }
}
