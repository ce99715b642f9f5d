package org.rehabkg.graph.sparql;

import java.util.Iterator;

import org.apache.jena.sparql.function.FunctionFactory;
import org.apache.jena.sparql.function.FunctionRegistry;

/**
 * ARQ's function registry without its two ways of reaching code by IRI: {@code <java:any.Class>} and
 * the {@code afn:} namespace, which ARQ maps to every class of its function library package by name,
 * so that {@code afn:wait(60000)} slept a minute in a request thread whatever the timeout. Functions
 * registered by name (the standard ones, rehabkg's own) work as before; an unknown IRI is an
 * evaluation error, as for any unregistered function.
 */
final class LocalFunctionRegistry extends FunctionRegistry {
    private static final String AFN = "http://jena.apache.org/ARQ/function#";

    LocalFunctionRegistry(FunctionRegistry from) {
        for (Iterator<String> it = from.keys(); it.hasNext();) {
            String uri = it.next();
            put(uri, from.get(uri));
        }
        remove(AFN + "wait");
    }

    @Override
    public FunctionFactory getFunctionFactory(String uri) {
        if (uri.startsWith("java:") || uri.equals(AFN + "wait"))
            return null;
        if (uri.startsWith(AFN) && !isRegistered(uri))
            return null;
        return super.getFunctionFactory(uri);
    }
}
