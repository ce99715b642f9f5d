package org.rehabkg.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules every answer to hostile input must keep (those of the earlier bench/fuzz/Fuzz.java):
 * no 5xx but 503 (a timeout or overload), no Java class name or stack trace in an error body
 * (unless the input itself named it, as a query calling {@code <java:java.lang.Runtime>} is echoed),
 * answered in time.
 */
final class Rules {
    /** A fully qualified class name of the JDK, Jena, Jetty or rehabkg, or a simple name of an exception or error class. */
    static final Pattern JAVA_CLASS = Pattern.compile(
            "\\b(?:java|javax|jdk|sun|org\\.apache|org\\.eclipse|org\\.rehabkg|com\\.fasterxml|picocli)\\.(?:[a-z]\\w*\\.)*[A-Z]\\w*"
            + "|\\b[A-Z][a-z]\\w*(?:Exception|Error)\\b");
    static final Pattern STACK_FRAME = Pattern.compile("(?m)^\\s*at [\\w$.]+\\([\\w$]+\\.java:\\d+\\)|\\.java:\\d+\\)");

    /** A query answered this late is a failure: each asks for a 1 s timeout (the servers' cap is 2 s). */
    static final long SLOW_MS = Long.getLong("rehabkg.fuzz.slowMs", 8_000);
    /** A write commits to TDB2 with an fsync, which takes seconds on a busy shared disk. */
    static final long SLOW_WRITE_MS = Long.getLong("rehabkg.fuzz.slowWriteMs", 30_000);

    private Rules() {}

    /** What is wrong with {@code status} and {@code body} as the answer to {@code input}, or null. */
    static String broken(String input, int status, String body, long ms) {
        return broken(input, status, body, ms, SLOW_MS);
    }

    static String broken(String input, int status, String body, long ms, long slowMs) {
        String why = null;
        if (status >= 500 && status != 503)
            why = "status " + status;
        else if (status >= 400 && namesJava(input, body) != null)
            why = "the error names Java: " + namesJava(input, body);
        else if (ms > slowMs)
            why = "answered after " + ms + " ms";
        return why == null ? null : why + "\n  answer: " + status + " " + abbreviate(body);
    }

    /** The first class name or stack frame in {@code body} that {@code input} does not contain itself. */
    static String namesJava(String input, String body) {
        List<String> found = new ArrayList<>();
        for (Pattern p : List.of(JAVA_CLASS, STACK_FRAME)) {
            Matcher m = p.matcher(body);
            while (m.find())
                if (!input.contains(m.group()))
                    found.add(m.group());
        }
        return found.isEmpty() ? null : found.get(0);
    }

    static String abbreviate(String s) {
        String one = s.replace("\r", "\\r").replace("\n", "\\n");
        return one.length() > Integer.getInteger("rehabkg.fuzz.show", 400) ? one.substring(0, Integer.getInteger("rehabkg.fuzz.show", 400)) + "…(" + one.length() + " chars)" : one;
    }
}
