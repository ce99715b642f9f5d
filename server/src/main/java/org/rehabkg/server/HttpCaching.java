package org.rehabkg.server;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * HTTP caching headers on a read endpoint's GETs: a strong {@code ETag} made of the data version
 * ({@link DatasetVersion}) and what picks the representation (path, query string, {@code Accept},
 * and on the pages {@code Accept-Language}); {@code 304 Not Modified}, without running anything, when
 * {@code If-None-Match} names it; the server's {@code Cache-Control}; and a {@code Vary} naming the
 * request headers the answer depends on. Whatever the servlet behind says about caching
 * (Fuseki's {@code no-cache, no-store}) is overruled; only a 200 keeps the ETag and the
 * {@code Cache-Control}, any other status is sent {@code no-store}. POSTs, and requests with
 * credentials, pass untouched ({@code no-store}): GET is the cacheable form of a query.
 */
final class HttpCaching extends HttpFilter {
    static final String NO_STORE = "no-store";

    private final transient DatasetVersion version;
    private final String cacheControl;
    private final boolean byLanguage;
    private final transient Supplier<String> serverUrl;

    /**
     * @param cacheControl the header for a 200 answer ({@code public, max-age=N} or {@value #NO_STORE})
     * @param byLanguage   whether the answer depends on {@code Accept-Language} (the pages)
     * @param serverUrl    the server's own URL, for answers read from the dataset (which holds the VoID
     *                     graph, naming the server); null for the pages
     */
    HttpCaching(DatasetVersion version, String cacheControl, boolean byLanguage, Supplier<String> serverUrl) {
        this.version = version;
        this.cacheControl = cacheControl;
        this.byLanguage = byLanguage;
        this.serverUrl = serverUrl;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            chain.doFilter(request, response);
            return;
        }
        List<String> vary = byLanguage ? List.of("Accept", "Accept-Language") : List.of("Accept");
        if (request.getHeader("Authorization") != null) {
            chain.doFilter(request, new Overruled(response, NO_STORE, null, vary));
            return;
        }
        String etag = etag(request);
        if (matches(request.getHeader("If-None-Match"), etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            response.setHeader("ETag", etag);
            response.setHeader("Cache-Control", cacheControl);
            vary.forEach(v -> response.addHeader("Vary", v));
            return;
        }
        chain.doFilter(request, new Overruled(response, cacheControl, etag, vary));
    }

    /** The version, then a digest of what picks the representation. */
    String etag(HttpServletRequest request) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
        update(sha, request.getRequestURI());
        update(sha, String.valueOf(request.getQueryString()));
        update(sha, String.valueOf(request.getHeader("Accept")));
        if (byLanguage)
            update(sha, String.valueOf(request.getHeader("Accept-Language")));
        // The dataset holds the VoID graph, which names the server's URL (replicas do not share it).
        if (serverUrl != null)
            update(sha, serverUrl.get());
        return "\"" + version.current() + "-" + HexFormat.of().formatHex(sha.digest(), 0, 12) + "\"";
    }

    private static void update(MessageDigest sha, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        sha.update(ByteBuffer.allocate(4).putInt(b.length).flip());
        sha.update(b);
    }

    /**
     * Whether an {@code If-None-Match} header names {@code etag}: {@code *}, or one of its entity tags by
     * the weak comparison RFC 9110 asks for here (a {@code W/} prefix is ignored).
     */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null)
            return false;
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.strip();
            if (t.equals("*"))
                return true;
            if (t.toUpperCase(Locale.ROOT).startsWith("W/"))
                t = t.substring(2);
            if (t.equals(etag))
                return true;
        }
        return false;
    }

    /** The response with this filter's caching headers, which the servlet behind cannot change. */
    private static final class Overruled extends HttpServletResponseWrapper {
        Overruled(HttpServletResponse response, String cacheControl, String etag, List<String> vary) {
            super(response);
            super.setHeader("Cache-Control", cacheControl);
            // Added to what Jetty's compression handler has already said (Accept-Encoding), one
            // field per header name, as clients that look for "Accept" among the values expect.
            vary.forEach(v -> super.addHeader("Vary", v));
            if (etag != null)
                super.setHeader("ETag", etag);
        }

        private static boolean ours(String name) {
            return switch (name.toLowerCase(Locale.ROOT)) {
                case "cache-control", "pragma", "expires", "etag", "vary" -> true;
                default -> false;
            };
        }

        @Override
        public void setHeader(String name, String value) {
            if (!ours(name))
                super.setHeader(name, value);
        }

        @Override
        public void addHeader(String name, String value) {
            if (!ours(name))
                super.addHeader(name, value);
        }

        @Override
        public void setDateHeader(String name, long date) {
            if (!ours(name))
                super.setDateHeader(name, date);
        }

        @Override
        public void addDateHeader(String name, long date) {
            if (!ours(name))
                super.addDateHeader(name, date);
        }

        @Override
        public void setStatus(int sc) {
            super.setStatus(sc);
            if (sc != HttpServletResponse.SC_OK)
                notCacheable();
        }

        @Override
        public void sendError(int sc) throws IOException {
            notCacheable();
            super.sendError(sc);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            notCacheable();
            super.sendError(sc, msg);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            notCacheable();
            super.sendRedirect(location);
        }

        private void notCacheable() {
            if (!isCommitted()) {
                super.setHeader("Cache-Control", NO_STORE);
                super.setHeader("ETag", null);
            }
        }
    }
}
