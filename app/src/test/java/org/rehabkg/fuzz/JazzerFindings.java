package org.rehabkg.fuzz;

/**
 * The rules the Jazzer fuzz targets check besides "nothing else is thrown" (those of {@link Rules},
 * for an exception in-process rather than an HTTP answer): a refusal's message, which the server
 * sends to the client, names no Java class (unless the input did), and an input is done in time.
 * A broken rule is an {@link AssertionError}, which Jazzer reports as a finding with its input.
 */
final class JazzerFindings {
    private static boolean warm;

    private JazzerFindings() {}

    /** A documented refusal, checked for what its message would show the client. */
    static void refusedWithoutJava(String input, Exception refusal) {
        messageWithoutJava(input, refusal.getClass().getSimpleName(), refusal.getMessage() == null ? "" : refusal.getMessage());
    }

    /** A refusal's message, from {@code by}, names no Java class the input did not. */
    static void messageWithoutJava(String input, String by, String message) {
        String named = Rules.namesJava(input, message);
        if (named != null)
            throw new AssertionError("refused (" + by + ") with a message that names Java (" + named + "): " + Rules.abbreviate(message));
    }

    /**
     * The input took no longer than {@code limitMs} since {@code startNanos}. Not checked for the first
     * input of the JVM (a seed): it loads and instruments most of the classes the target uses, which
     * took 20 s and more.
     */
    static void inTime(String input, long startNanos, long limitMs) {
        if (!warm) {
            warm = true;
            return;
        }
        long ms = (System.nanoTime() - startNanos) / 1_000_000;
        if (ms > limitMs)
            throw new AssertionError("done after " + ms + " ms (at most " + limitMs + " ms): " + Rules.abbreviate(input));
    }
}
