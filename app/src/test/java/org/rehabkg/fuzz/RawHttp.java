package org.rehabkg.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP/1.1 over a plain socket, for what {@link java.net.http.HttpClient} will not send: any header
 * value, a Content-Length that disagrees with the body, several of them, odd methods. The request is
 * written, the sending side closed (so a server waiting for more body sees the end at once), and
 * everything read until the server closes or {@code readTimeoutMs} passes.
 */
final class RawHttp {
    record Answer(List<Integer> statuses, String text, boolean timedOut, long ms) {
        int first() {
            return statuses.isEmpty() ? 0 : statuses.get(0);
        }
    }

    private static final Pattern STATUS_LINE = Pattern.compile("(?m)^HTTP/1\\.[01] (\\d{3})");

    private RawHttp() {}

    static Answer exchange(int port, byte[] request, int readTimeoutMs) {
        long start = System.nanoTime();
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        boolean timedOut = false;
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            s.setSoTimeout(readTimeoutMs);
            try {
                s.getOutputStream().write(request);
                s.getOutputStream().flush();
                s.shutdownOutput();
            } catch (IOException closedWhileWriting) {
                // the server refused early (413, 431) and closed: what it said is still to be read
            }
            InputStream in = s.getInputStream();
            byte[] buf = new byte[8192];
            try {
                for (int n; (n = in.read(buf)) >= 0;)
                    got.write(buf, 0, n);
            } catch (SocketTimeoutException e) {
                timedOut = true;
            } catch (IOException reset) {
                // a reset after the answer: what was read counts
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot connect to the server on port " + port, e);
        }
        String text = got.toString(StandardCharsets.ISO_8859_1);
        List<Integer> statuses = new ArrayList<>();
        Matcher m = STATUS_LINE.matcher(text);
        while (m.find())
            statuses.add(Integer.parseInt(m.group(1)));
        return new Answer(statuses, text, timedOut, (System.nanoTime() - start) / 1_000_000);
    }
}
