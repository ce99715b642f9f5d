package org.rehabkg.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Remembers the first write error of the stream under it (the writers above it swallow errors), so
 * that {@link Main} can report it and exit 1; later writes are dropped instead of failing again.
 */
final class WriteCheckedStream extends FilterOutputStream {
    private String failure;

    WriteCheckedStream(OutputStream out) {
        super(out);
    }

    /** The first error's message, or null when every write succeeded. */
    String failure() {
        return failure;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] { (byte) b }, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (failure != null)
            return;
        try {
            out.write(b, off, len);
        } catch (IOException e) {
            failure = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw e;
        }
    }

    @Override
    public void flush() throws IOException {
        if (failure != null)
            return;
        try {
            out.flush();
        } catch (IOException e) {
            failure = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw e;
        }
    }
}
