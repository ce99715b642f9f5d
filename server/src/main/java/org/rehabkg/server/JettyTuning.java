package org.rehabkg.server;

import java.time.Duration;

import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.QoSHandler;

/**
 * Jetty settings Fuseki's builder has no option for, applied to the built (not yet started) server,
 * and the handlers in front of Fuseki's, outermost first: {@link LoginGuard} (write mode),
 * {@link BodyFirst}, {@link ClientShare}, the request cap ({@link QoSHandler}), {@link ResponseWait}.
 */
final class JettyTuning {
    /**
     * Fuseki 6.2 sets a 5 MiB output buffer on every response (JettyLib.httpConfiguration(), see
     * apache/jena#4084): each request then allocates and holds 5 MiB, which costs memory and
     * throughput on the small answers this endpoint gives. 32 KiB (Jetty's own default) still
     * lets most answers go out with a Content-Length; larger ones stream chunked.
     */
    static final int OUTPUT_BUFFER_BYTES = 32 * 1024;

    /**
     * Requests served at once (queries, updates, pages; not {@code /$/ping} or {@code /$/metrics}).
     * A runaway query holds a thread and a core until the timeout stops it; without a cap, a few
     * hundred of them fill Jetty's thread pool and the ping waits behind them for seconds (measured
     * in docs/reliability.md). More requests than this wait, without holding a thread, for a free
     * slot; after {@link #MAX_WAIT}, or beyond {@link #MAX_WAITING} waiting, they get 503.
     */
    static final int MAX_ACTIVE_REQUESTS = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
    static final int MAX_WAITING = 1024;
    static final Duration MAX_WAIT = Duration.ofSeconds(5);

    /**
     * Requests one client may have under way at once: half the slots, so one client alone never
     * fills them. Its further requests wait for its own, up to {@link #CLIENT_MAX_WAIT} (a client's
     * own burst, e.g. a script's parallel queries, is served in turn rather than refused).
     */
    static final int CLIENT_SHARE = Math.max(1, MAX_ACTIVE_REQUESTS / 2);
    /** Bodies are read by then (up to 1 MiB each): few may wait per client. */
    static final int CLIENT_MAX_WAITING = 64;
    static final Duration CLIENT_MAX_WAIT = Duration.ofSeconds(30);

    private JettyTuning() {}

    /**
     * The builder gives no hook for the HttpConfiguration, but the connectors it built carry it and
     * read it only when they start, so changing it here takes effect.
     *
     * @param host the address to listen on, or null to keep Fuseki's loopback setting
     * @param maxRequestBytes larger request bodies are refused with 413
     * @param logins whether the server takes logins (write mode)
     * @param clients who a request comes from, for the per-client limits
     */
    static void apply(Server server, String host, long maxRequestBytes, boolean logins, ClientAddress clients) {
        for (Connector c : server.getConnectors()) {
            HttpConnectionFactory http = c.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null) {
                http.getHttpConfiguration().setOutputBufferSize(OUTPUT_BUFFER_BYTES);
                // Fuseki turns Jetty's "Server: Jetty(version)" header back on; no need to advertise it.
                http.getHttpConfiguration().setSendServerVersion(false);
            }
            if (host != null && c instanceof ServerConnector sc)
                sc.setHost(host);
        }
        // insertHandler puts a handler first: innermost first here.
        server.insertHandler(new ResponseWait());
        QoSHandler qos = new QoSHandler();
        qos.setMaxRequestCount(MAX_ACTIVE_REQUESTS);
        qos.setMaxSuspendedRequestCount(MAX_WAITING);
        qos.setMaxSuspend(MAX_WAIT);
        qos.excludePath("/$/ping", "/$/metrics");
        server.insertHandler(qos);
        // Behind BodyFirst: the share counts requests at work, not clients still sending their
        // body (which would block everyone else at their address, e.g. behind one NAT).
        ClientShare share = new ClientShare(clients, CLIENT_SHARE, CLIENT_MAX_WAITING, CLIENT_MAX_WAIT);
        share.excludePath("/$/ping", "/$/metrics");
        server.insertHandler(share);
        server.insertHandler(new BodyFirst(maxRequestBytes));
        if (logins)
            server.insertHandler(new LoginGuard(clients));
    }
}
