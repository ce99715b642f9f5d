package org.rehabkg.server;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ConditionalHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Each client's share of the request slots: a client ({@link ClientAddress}) has at most
 * {@code share} requests under way at once; its further ones wait, holding no thread, until one of
 * its own ends. With the share at half the slots, one client sending runaway queries as fast as it
 * can holds half of them, and everyone else's requests still find a free slot at once instead of
 * waiting for a runaway query to reach its timeout (docs/reliability.md, the probe loop).
 * <p>
 * Jetty's {@code ThreadLimitHandler} does not fit: it limits the threads in a handler call, so a
 * request suspended by the {@code QoSHandler} behind it gives its permit back while still queued
 * for a slot, and the share no longer holds. A request waiting past {@code maxWait}, or one more
 * than {@code maxWaiting} of a client's, gets 503.
 */
final class ClientShare extends ConditionalHandler.Abstract {
    private final ClientAddress clients;
    private final int share;
    private final int maxWaiting;
    private final Duration maxWait;
    private final ConcurrentMap<String, Client> active = new ConcurrentHashMap<>();

    /** A client's requests under way and those waiting; guarded by the map's lock on its key. */
    private static final class Client {
        int running;
        final Deque<Waiting> waiting = new ArrayDeque<>();
    }

    private record Waiting(Request request, Response response, Callback callback, Scheduler.Task[] timeout) {}

    ClientShare(ClientAddress clients, int share, int maxWaiting, Duration maxWait) {
        this.clients = clients;
        this.share = share;
        this.maxWaiting = maxWaiting;
        this.maxWait = maxWait;
    }

    @Override
    protected boolean onConditionsMet(Request request, Response response, Callback callback) throws Exception {
        String client = clients.of(request);
        Waiting me = new Waiting(request, response, callback, new Scheduler.Task[1]);
        // 0: run now; 1: queued; 2: the client's queue is full.
        int[] outcome = new int[1];
        active.compute(client, (id, c) -> {
            if (c == null)
                c = new Client();
            if (c.running < share) {
                c.running++;
            } else if (c.waiting.size() < maxWaiting) {
                c.waiting.addLast(me);
                outcome[0] = 1;
            } else {
                outcome[0] = 2;
            }
            return c;
        });
        switch (outcome[0]) {
            case 0 -> run(client, me);
            case 1 -> me.timeout()[0] = request.getComponents().getScheduler()
                    .schedule(() -> expire(client, me), maxWait.toMillis(), TimeUnit.MILLISECONDS);
            default -> busy(me, "more than " + maxWaiting + " requests from one client waiting");
        }
        return true;
    }

    /** Paths outside the share ({@code /$/ping}) go straight on. */
    @Override
    protected boolean onConditionsNotMet(Request request, Response response, Callback callback) throws Exception {
        return nextHandler(request, response, callback);
    }

    private void run(String client, Waiting w) {
        Callback done = Callback.from(w.callback(), () -> release(client));
        try {
            if (!nextHandler(w.request(), w.response(), done))
                Response.writeError(w.request(), w.response(), done, HttpStatus.NOT_FOUND_404);
        } catch (Throwable x) {
            done.failed(x);
        }
    }

    /** A request of the client's ended: its slot goes to the client's next waiting request, if any. */
    private void release(String client) {
        Waiting[] next = new Waiting[1];
        active.computeIfPresent(client, (id, c) -> {
            next[0] = c.waiting.pollFirst();
            if (next[0] == null)
                c.running--;
            return c.running == 0 ? null : c;
        });
        Waiting w = next[0];
        if (w != null) {
            if (w.timeout()[0] != null)
                w.timeout()[0].cancel();
            // Not on the thread that ends the last request: that may be a network thread.
            w.request().getContext().execute(() -> run(client, w));
        }
    }

    private void expire(String client, Waiting w) {
        boolean[] removed = new boolean[1];
        active.computeIfPresent(client, (id, c) -> {
            removed[0] = c.waiting.remove(w);
            return c;
        });
        if (removed[0])
            busy(w, "more requests from one client than it may have under way at once, for "
                    + maxWait.toSeconds() + " s");
    }

    private static void busy(Waiting w, String why) {
        w.response().getHeaders().put(HttpHeader.RETRY_AFTER, "1");
        Response.writeError(w.request(), w.response(), w.callback(), HttpStatus.SERVICE_UNAVAILABLE_503, why);
    }
}
