package org.rehabkg.cli;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Writes what a Jena writer produces (bytes, UTF-8) to picocli's configured out stream (characters),
 * so that tests running a verb in-process capture it like a user's terminal does. The answer is
 * buffered once; answers are already held in memory whole (see {@code Answers}).
 */
final class Output {
    private Output() {}

    static void write(PrintWriter out, Consumer<OutputStream> writer) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        writer.accept(bytes);
        out.print(bytes.toString(StandardCharsets.UTF_8));
        out.flush();
    }
}
