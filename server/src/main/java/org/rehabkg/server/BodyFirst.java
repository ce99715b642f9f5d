package org.rehabkg.server;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Reads a request's whole body, without holding a thread, before the request goes on to take one
 * of the server's request slots: a client that sends its body slowly holds a connection, never a
 * slot. A body over the size limit is a 413 (with a Content-Length, before any of it is read; a
 * chunked one as soon as it passes the limit), a malformed chunked body a 400, and a body not
 * complete within {@link #BODY_WAIT} a 408.
 */
final class BodyFirst extends Handler.Wrapper {
    static final Duration BODY_WAIT = Duration.ofSeconds(30);

    private final long maxBytes;

    BodyFirst(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        long length = request.getLength();
        boolean chunked = length < 0 && request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING);
        if (length <= 0 && !chunked)
            return super.handle(request, response, callback);
        if (length > maxBytes) {
            refuse(request, response, callback, HttpStatus.PAYLOAD_TOO_LARGE_413, "request body over " + maxBytes + " bytes");
            return true;
        }
        new Reader(request, response, callback).start();
        return true;
    }

    private static void refuse(Request request, Response response, Callback callback, int status, String message) {
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        Response.writeError(request, response, callback, status, message);
    }

    /** Reads the body as it arrives, then hands the request on with the body in memory. */
    private final class Reader implements Runnable {
        private final Request request;
        private final Response response;
        private final Callback callback;
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private final AtomicBoolean finished = new AtomicBoolean();
        private Scheduler.Task deadline;

        Reader(Request request, Response response, Callback callback) {
            this.request = request;
            this.response = response;
            this.callback = callback;
        }

        void start() {
            deadline = request.getComponents().getScheduler().schedule(() -> {
                if (finished.compareAndSet(false, true))
                    refuse(request, response, callback, HttpStatus.REQUEST_TIMEOUT_408,
                           "request body not received within " + BODY_WAIT.toSeconds() + " s");
            }, BODY_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            run();
        }

        @Override
        public void run() {
            while (!finished.get()) {
                Content.Chunk chunk = request.read();
                if (chunk == null) {
                    request.demand(this);
                    return;
                }
                if (Content.Chunk.isFailure(chunk)) {
                    Throwable failure = chunk.getFailure();
                    if (finish()) {
                        if (failure instanceof BadMessageException bad)
                            refuse(request, response, callback, bad.getCode(), "malformed request body");
                        else
                            callback.failed(failure);
                    }
                    return;
                }
                ByteBuffer bytes = chunk.getByteBuffer();
                if (body.size() + (long) bytes.remaining() > maxBytes) {
                    chunk.release();
                    if (finish())
                        refuse(request, response, callback, HttpStatus.PAYLOAD_TOO_LARGE_413, "request body over " + maxBytes + " bytes");
                    return;
                }
                byte[] copy = new byte[bytes.remaining()];
                bytes.get(copy);
                body.write(copy, 0, copy.length);
                boolean last = chunk.isLast();
                chunk.release();
                if (last) {
                    if (finish())
                        dispatch();
                    return;
                }
            }
        }

        private boolean finish() {
            if (!finished.compareAndSet(false, true))
                return false;
            deadline.cancel();
            return true;
        }

        private void dispatch() {
            Request buffered = new Buffered(request, body.toByteArray());
            try {
                if (!BodyFirst.this.getHandler().handle(buffered, response, callback))
                    Response.writeError(request, response, callback, HttpStatus.NOT_FOUND_404);
            } catch (Throwable x) {
                callback.failed(x);
            }
        }
    }

    /** The request with its body already read. */
    private static final class Buffered extends Request.Wrapper {
        private Content.Chunk content;

        Buffered(Request request, byte[] body) {
            super(request);
            this.content = Content.Chunk.from(ByteBuffer.wrap(body), true);
        }

        @Override
        public Content.Chunk read() {
            Content.Chunk c = content;
            content = Content.Chunk.EOF;
            return c;
        }

        @Override
        public void demand(Runnable demandCallback) {
            demandCallback.run();
        }
    }
}
