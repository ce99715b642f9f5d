package org.rehabkg.server;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Bounds how long an answer may wait on its client: a write the client does not take within
 * {@link #WRITE_WAIT} closes the connection, and the request gives its slot back. Without it a
 * client that never reads a large answer holds a slot until Jetty's idle timeout (30 s).
 */
final class ResponseWait extends Handler.Wrapper {
    /** One write is at most the output buffer (32 KiB): a client must take about 11 KiB/s. */
    static final Duration WRITE_WAIT = Duration.ofSeconds(3);

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        return super.handle(request, new Bounded(request, response), callback);
    }

    private static final class Bounded extends Response.Wrapper {
        Bounded(Request request, Response response) {
            super(request, response);
        }

        @Override
        public void write(boolean last, ByteBuffer content, Callback callback) {
            Scheduler scheduler = getRequest().getComponents().getScheduler();
            Scheduler.Task task = scheduler.schedule(() -> getRequest().getConnectionMetaData().getConnection().getEndPoint()
                    .close(new TimeoutException("the client took no data for " + WRITE_WAIT.toSeconds() + " s")),
                    WRITE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            super.write(last, content, Callback.from(task::cancel, callback));
        }
    }
}
