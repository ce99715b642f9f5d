package org.rehabkg.fuzz;

import java.util.List;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.AroundTryHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;
import net.jqwik.api.lifecycle.TryExecutionResult;
import net.jqwik.api.lifecycle.TryExecutor;
import net.jqwik.api.lifecycle.TryLifecycleContext;

/**
 * How long each fuzz property runs, from system properties that {@code bench/fuzz/run.sh} sets:
 * {@code rehabkg.fuzz.tries} (default {@value #SMOKE_TRIES}, the smoke run) and
 * {@code rehabkg.fuzz.seconds} (default {@value #SMOKE_SECONDS}); generation stops at whichever comes
 * first. Once a try fails neither applies, so that shrinking can find the smallest failing input
 * (jqwik bounds shrinking itself). Counted here because jqwik 1.10.1 ignores tries and seed set on
 * {@code context.attributes()} by a hook; jqwik's own maximum (1,000 by default,
 * {@code -Djqwik.tries.default}) still applies on top.
 */
public class FuzzBudget implements AroundPropertyHook, AroundTryHook {
    static final int SMOKE_TRIES = 15;
    static final int SMOKE_SECONDS = 20;

    // jqwik runs one property at a time: one budget at a time.
    private static volatile long deadline;
    private static volatile int triesLeft;
    private static volatile boolean falsified;

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        triesLeft = Integer.getInteger("rehabkg.fuzz.tries", SMOKE_TRIES);
        deadline = System.nanoTime() + Integer.getInteger("rehabkg.fuzz.seconds", SMOKE_SECONDS) * 1_000_000_000L;
        falsified = false;
        return property.execute();
    }

    @Override
    public TryExecutionResult aroundTry(TryLifecycleContext context, TryExecutor aTry, List<Object> parameters) {
        if (!falsified && (triesLeft <= 0 || System.nanoTime() > deadline))
            return TryExecutionResult.satisfied(true);   // the budget is spent: end the property here
        triesLeft--;
        TryExecutionResult result = aTry.execute(parameters);
        if (result.isFalsified())
            falsified = true;
        return result;
    }
}
