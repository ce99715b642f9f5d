package org.rehabkg.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.CRC32C;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Answers a repeated SPARQL GET from memory when the dataset cannot change (the server is read-only):
 * the same request (path, and the parameters that change the answer: the query, its format,
 * timeout and graphs) with the same {@code Accept} header gets the bytes of an earlier answer,
 * without parsing or running the query again. Other parameters do not count (Fuseki ignores them),
 * and a request is known by a SHA-256 digest of what counts, so a client sending a large ignored
 * parameter with every request makes neither more entries nor larger ones. An answer is kept once two runs of the request gave the same bytes (a 200 each time), so an
 * answer cut short (a timeout after the first bytes went out) is never replayed; answers over
 * {@link #MAX_ENTRY_BYTES} are not kept, nor those written asynchronously. The cache holds at
 * most {@code maxBytes} of answers (least recently used go first). The response headers replayed are
 * the content type, {@code Server} and the caching headers ({@code Vary}, {@code Cache-Control}, {@code Pragma});
 * per-request headers (CORS, request id) are left to the filters and servlets that set them.
 * Measured in docs/benchmarks.md.
 */
final class ResultCache extends HttpFilter {
    static final int MAX_ENTRY_BYTES = 1024 * 1024;
    private static final String[] REPLAYED = { "Server", "Vary", "Cache-Control", "Pragma" };

    private record Answer(String contentType, List<String[]> headers, byte[] body) {}

    private final Cache<String, Answer> cache;
    /** Requests answered once: the CRC-32C and length of that answer. */
    private final Cache<String, Long> seen;

    ResultCache(long maxBytes) {
        this.cache = Caffeine.newBuilder()
                             .maximumWeight(maxBytes)
                             .weigher((String k, Answer a) -> k.length() * 2 + a.body().length + 256)
                             .build();
        this.seen = Caffeine.newBuilder().maximumSize(10_000).build();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String qs = request.getQueryString();
        if (!"GET".equals(request.getMethod()) || qs == null || !qs.contains("query=")) {
            chain.doFilter(request, response);
            return;
        }
        String key = key(request);
        Answer hit = cache.getIfPresent(key);
        if (hit != null) {
            response.setStatus(HttpServletResponse.SC_OK);
            if (hit.contentType() != null)
                response.setContentType(hit.contentType());
            for (String[] h : hit.headers())
                response.setHeader(h[0], h[1]);
            response.setContentLength(hit.body().length);
            response.getOutputStream().write(hit.body());
            return;
        }
        Recording recording = new Recording(response);
        chain.doFilter(request, recording);
        recording.flushWriter();
        byte[] body = recording.copy.complete() ? recording.copy.toByteArray() : null;
        if (body == null || recording.getStatus() != HttpServletResponse.SC_OK || recording.failed)
            return;
        CRC32C crc = new CRC32C();
        crc.update(body);
        long digest = crc.getValue() << 32 ^ body.length;
        Long before = seen.asMap().put(key, digest);
        if (before != null && before == digest) {
            seen.invalidate(key);
            List<String[]> headers = new ArrayList<>();
            for (String name : REPLAYED) {
                String v = recording.getHeader(name);
                if (v != null)
                    headers.add(new String[] { name, v });
            }
            cache.put(key, new Answer(recording.getContentType(), headers, body));
        }
    }

    /** The parameters of a SPARQL query request that change its answer (SPARQL Protocol, Fuseki's own). */
    static final List<String> ANSWER_PARAMS = List.of("query", "default-graph-uri", "named-graph-uri",
            "timeout", "format", "output", "results", "stylesheet", "callback", "force-accept");

    /** A digest of the path, the answer-changing parameters (each value, in order) and the Accept header. */
    static String key(HttpServletRequest request) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);   // every JDK has SHA-256
        }
        update(sha, request.getRequestURI());
        for (String name : ANSWER_PARAMS) {
            String[] values = request.getParameterValues(name);
            if (values != null)
                for (String v : values) {
                    update(sha, name);
                    update(sha, v);
                }
        }
        update(sha, String.valueOf(request.getHeader("Accept")));
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void update(MessageDigest sha, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        sha.update(ByteBuffer.allocate(4).putInt(b.length).flip());
        sha.update(b);
    }

    /** Passes the response through while keeping a copy of its body (up to the entry limit). */
    private static final class Recording extends HttpServletResponseWrapper {
        final Copy copy = new Copy();
        boolean failed;
        private ServletOutputStream out;
        private PrintWriter writer;

        Recording(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendError(int sc) throws IOException {
            failed = true;
            super.sendError(sc);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            failed = true;
            super.sendError(sc, msg);
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (out == null) {
                ServletOutputStream real = super.getOutputStream();
                out = new ServletOutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        real.write(b);
                        copy.add(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        real.write(b, off, len);
                        copy.add(b, off, len);
                    }

                    @Override
                    public void flush() throws IOException {
                        real.flush();
                    }

                    @Override
                    public void close() throws IOException {
                        real.close();
                    }

                    @Override
                    public boolean isReady() {
                        return real.isReady();
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        copy.overflow();   // asynchronous writing: not recorded
                        real.setWriteListener(listener);
                    }
                };
            }
            return out;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                String enc = getCharacterEncoding();
                Charset cs = enc == null ? StandardCharsets.ISO_8859_1 : Charset.forName(enc);
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), cs));
            }
            return writer;
        }

        void flushWriter() {
            if (writer != null)
                writer.flush();
        }

        @Override
        public void reset() {
            copy.overflow();
            super.reset();
        }

        @Override
        public void resetBuffer() {
            copy.overflow();
            super.resetBuffer();
        }
    }

    /** A bounded copy of the body; once over the limit (or unreliable) it is dropped. */
    private static final class Copy extends ByteArrayOutputStream {
        private boolean over;

        void add(int b) {
            if (!over && count < MAX_ENTRY_BYTES) write(b); else overflow();
        }

        void add(byte[] b, int off, int len) {
            if (!over && count + len <= MAX_ENTRY_BYTES) write(b, off, len); else overflow();
        }

        void overflow() {
            over = true;
            reset();
        }

        boolean complete() {
            return !over;
        }
    }
}
