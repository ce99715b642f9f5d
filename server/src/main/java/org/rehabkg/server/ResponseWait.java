package org.rehabkg.server;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.NanoTime;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Bounds how long an answer may wait on its client: a write the client does not take within
 * {@link #WRITE_WAIT} closes the connection, and the request gives its slot back. Without it a
 * client that never reads a large answer holds a slot until Jetty's idle timeout (30 s). One timer
 * per response, started at its first write, looks at the write in flight every second: an answer
 * made of many small writes costs no timer per write.
 */
final class ResponseWait extends Handler.Wrapper {
    /** One write is at most the output buffer (32 KiB): a client must take about 11 KiB/s. */
    static final Duration WRITE_WAIT = Duration.ofSeconds(3);
    private static final long CHECK_MILLIS = 1000;

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        Watched watched = new Watched(request, response);
        // Callback.Nested keeps the invocation type of Jetty's callback (from(...) would make it
        // blocking, and every completion would then cost a thread hand-off).
        return super.handle(request, watched, new Callback.Nested(callback) {
            @Override
            public void completed() {
                watched.done();
            }
        });
    }

    private static final class Watched extends Response.Wrapper {
        /** When the write in flight started, or 0 when none is. */
        private volatile long writeStarted;
        private volatile boolean done;
        private boolean watching;

        Watched(Request request, Response response) {
            super(request, response);
        }

        void done() {
            done = true;
        }

        @Override
        public void write(boolean last, ByteBuffer content, Callback callback) {
            long now = NanoTime.now();
            writeStarted = now == 0 ? 1 : now;
            if (!watching) {
                watching = true;
                check();
            }
            super.write(last, content, new Callback.Nested(callback) {
                @Override
                public void completed() {
                    writeStarted = 0;
                }
            });
        }

        private void check() {
            if (done)
                return;
            long started = writeStarted;
            if (started != 0 && NanoTime.millisSince(started) > WRITE_WAIT.toMillis()) {
                getRequest().getConnectionMetaData().getConnection().getEndPoint()
                        .close(new TimeoutException("the client took no data for " + WRITE_WAIT.toSeconds() + " s"));
                return;
            }
            Scheduler scheduler = getRequest().getComponents().getScheduler();
            scheduler.schedule(this::check, CHECK_MILLIS, TimeUnit.MILLISECONDS);
        }
    }
}
