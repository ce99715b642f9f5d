package org.rehabkg.server;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.List;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.InetAddressSet;

/**
 * Who a request comes from, for the limits kept per client ({@link ClientShare}, {@link LoginGuard}):
 * the address of the connection's peer or, when that peer is a trusted reverse proxy, the address the
 * proxy forwarded. Only the last {@code X-Forwarded-For} entry is taken: it is the one the trusted
 * proxy added; entries before it come from the client and may be made up. Headers from peers that
 * are not trusted are ignored, so a client cannot get a second share by sending one.
 */
final class ClientAddress {
    private final InetAddressSet trustedProxies = new InetAddressSet();

    /** @param trustedProxies addresses, ranges or CIDR blocks (Jetty's {@link InetAddressSet} patterns) */
    ClientAddress(List<String> trustedProxies) {
        trustedProxies.forEach(this.trustedProxies::add);
    }

    /** Whether a pattern names addresses ({@code 127.0.0.1}, {@code 10.0.0.0/8}, {@code 10.0.0.1-10.0.0.9}). */
    static boolean isPattern(String pattern) {
        try {
            new InetAddressSet().add(pattern);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    String of(Request request) {
        SocketAddress peer = request.getConnectionMetaData().getRemoteSocketAddress();
        if (!(peer instanceof InetSocketAddress inet) || inet.getAddress() == null)
            return String.valueOf(peer);
        if (!trustedProxies.isEmpty() && trustedProxies.test(inet.getAddress())) {
            String forwarded = lastForwardedFor(request);
            if (forwarded != null)
                return forwarded;
        }
        return inet.getAddress().getHostAddress();
    }

    private static String lastForwardedFor(Request request) {
        List<String> values = request.getHeaders().getValuesList(HttpHeader.X_FORWARDED_FOR);
        if (values.isEmpty())
            return null;
        String last = values.get(values.size() - 1);
        String entry = last.substring(last.lastIndexOf(',') + 1).strip();
        return entry.isEmpty() ? null : entry;
    }
}
