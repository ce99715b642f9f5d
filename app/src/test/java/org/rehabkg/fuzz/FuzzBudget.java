package org.rehabkg.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

import org.junit.jupiter.api.Assertions;

/**
 * Runs a fuzz property: tries in a loop until the budget is spent, then fails the test with the
 * failed tries, if any. The budget comes from system properties that {@code bench/fuzz/run.sh} sets:
 * {@code rehabkg.fuzz.tries} (default {@value #SMOKE_TRIES}, the smoke run) and
 * {@code rehabkg.fuzz.seconds} (default {@value #SMOKE_SECONDS}), whichever ends first.
 * <p>
 * Try N of every property draws its input from {@code new Random(seed + N)}, the seed being
 * {@code rehabkg.fuzz.seed} (random by default, printed at the start): a failure is reported with its
 * seed and try, and a run with the same seed generates the same inputs in the same order
 * ({@code -Drehabkg.fuzz.try=N} runs only try N). The servers' state is not replayed: a finding that
 * needs earlier writes reproduces by running the property from try 0. There is no shrinking: the whole
 * input is printed.
 */
public final class FuzzBudget {
    static final int SMOKE_TRIES = 15;
    static final int SMOKE_SECONDS = 15;
    /** How many failed tries the test's failure message lists (all are printed as they happen). */
    static final int LISTED = 5;

    public static final long SEED = Long.getLong("rehabkg.fuzz.seed", new Random().nextLong());

    static {
        System.out.println("fuzz: seed " + SEED + " (to repeat these inputs: -Drehabkg.fuzz.seed=" + SEED
                + ", or bench/fuzz/run.sh SECONDS " + SEED + ")");
    }

    /** One try: true when the property holds for {@code input}; else it has said why with {@link #failed}. */
    @FunctionalInterface
    public interface Property<T> {
        boolean holds(T input) throws Exception;
    }

    private static final List<String> reasons = new ArrayList<>();

    private FuzzBudget() {}

    /** Records why the current try failed (printed with its seed and input); returns false. */
    public static boolean failed(String why) {
        synchronized (reasons) {
            reasons.add(why);
        }
        return false;
    }

    /** Runs {@code property} on inputs from {@code gen}; {@code show} prints an input for the report. */
    public static <T> void run(String name, Gen<T> gen, Function<? super T, String> show, Property<T> property) {
        int maxTries = Integer.getInteger("rehabkg.fuzz.tries", SMOKE_TRIES);
        long deadline = System.nanoTime() + Integer.getInteger("rehabkg.fuzz.seconds", SMOKE_SECONDS) * 1_000_000_000L;
        Integer only = Integer.getInteger("rehabkg.fuzz.try");
        int first = only == null ? 0 : only;
        int last = only == null ? maxTries - 1 : only;
        long start = System.nanoTime();
        List<String> failures = new ArrayList<>();
        int tries = 0;
        for (int n = first; n <= last && (n == first || System.nanoTime() < deadline); n++, tries++) {
            T input = gen.next(new Random(SEED + n));
            synchronized (reasons) {
                reasons.clear();
            }
            boolean held;
            try {
                held = property.holds(input);
            } catch (Exception | AssertionError e) {
                held = failed("threw " + e);
            }
            if (held)
                continue;
            String why;
            synchronized (reasons) {
                why = reasons.isEmpty() ? "the property did not hold" : String.join("; ", reasons);
            }
            String failure = name + ", seed " + SEED + ", try " + n + ": " + why + "\n  input: " + Rules.abbreviate(show.apply(input));
            System.out.println("fuzz: FAILED: " + failure);
            failures.add(failure);
        }
        System.out.println("fuzz: " + name + ": " + tries + " tries in " + (System.nanoTime() - start) / 1_000_000_000 + " s, "
                + failures.size() + " failed");
        if (!failures.isEmpty())
            Assertions.fail(failures.size() + " of " + tries + " tries failed (seed " + SEED + "); the first "
                    + Math.min(LISTED, failures.size()) + ":\n" + String.join("\n", failures.subList(0, Math.min(LISTED, failures.size()))));
    }
}
