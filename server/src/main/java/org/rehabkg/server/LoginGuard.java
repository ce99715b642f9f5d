package org.rehabkg.server;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * In write mode, in front of the login: a Basic {@code Authorization} header that is not base64 of
 * {@code user:password} is a 400 (Jetty's authenticator would throw, and the client see a 500, on
 * any URL), and a client whose logins to the write endpoints keep failing is slowed: after
 * {@link #FREE_FAILURES} failures in a row from its address, each further attempt waits a pause
 * that doubles with every failure, from {@link #FIRST_PAUSE} up to {@link #MAX_PAUSE}, before its
 * password is checked; a successful login ends it. The wait holds no thread and no request slot.
 */
final class LoginGuard extends Handler.Wrapper {
    static final int FREE_FAILURES = 5;
    static final Duration FIRST_PAUSE = Duration.ofMillis(250);
    static final Duration MAX_PAUSE = Duration.ofSeconds(10);

    private record Failures(int count, long lastNanos) {}

    private final Cache<String, Failures> failures = Caffeine.newBuilder()
            .maximumSize(100_000).expireAfterWrite(Duration.ofMinutes(15)).build();
    private final ClientAddress clients;

    LoginGuard(ClientAddress clients) {
        this.clients = clients;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String authorization = request.getHeaders().get(HttpHeader.AUTHORIZATION);
        if (authorization == null)
            return super.handle(request, response, callback);
        if (!wellFormed(authorization)) {
            Response.writeError(request, response, callback, HttpStatus.BAD_REQUEST_400,
                    "malformed Authorization header: expected Basic and the base64 of user:password");
            return true;
        }
        if (!isWriteEndpoint(Request.getPathInContext(request)))
            return super.handle(request, response, callback);
        String client = clients.of(request);
        long wait = pauseLeft(failures.getIfPresent(client));
        if (wait <= 0)
            return check(client, request, response, callback);
        request.getComponents().getScheduler().schedule(() -> {
            try {
                if (!check(client, request, response, callback))
                    Response.writeError(request, response, callback, HttpStatus.NOT_FOUND_404);
            } catch (Throwable x) {
                callback.failed(x);
            }
        }, wait, TimeUnit.NANOSECONDS);
        return true;
    }

    private static boolean isWriteEndpoint(String path) {
        for (String p : EndpointModule.WRITE_PATHS)
            if (path.equals(p) || path.startsWith(p + "/"))
                return true;
        return false;
    }

    /** Hands the request on to the login check, and counts its outcome. */
    private boolean check(String client, Request request, Response response, Callback callback) throws Exception {
        return super.handle(request, response, new Callback.Nested(callback) {
            @Override
            public void succeeded() {
                if (response.getStatus() == HttpStatus.UNAUTHORIZED_401)
                    failures.asMap().merge(client, new Failures(1, System.nanoTime()),
                            (old, one) -> new Failures(old.count() + 1, one.lastNanos()));
                else if (response.getStatus() < 400)
                    failures.invalidate(client);
                super.succeeded();
            }
        });
    }

    /** Nanoseconds the client must still wait, 0 when it may try. */
    static long pauseLeft(Failures f) {
        if (f == null || f.count() < FREE_FAILURES)
            return 0;
        long pause = Math.min(MAX_PAUSE.toNanos(), FIRST_PAUSE.toNanos() << Math.min(20, f.count() - FREE_FAILURES));
        return Math.max(0, f.lastNanos() + pause - System.nanoTime());
    }

    /** Basic with base64 of UTF-8 {@code user:password}; other schemes are left to the authenticator. */
    static boolean wellFormed(String authorization) {
        String[] parts = authorization.trim().split("\\s+", 2);
        if (!parts[0].equalsIgnoreCase("Basic"))
            return true;
        if (parts.length < 2)
            return false;
        try {
            byte[] decoded = Base64.getDecoder().decode(parts[1].trim());
            String credentials = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(decoded)).toString();
            return credentials.indexOf(':') > 0;
        } catch (IllegalArgumentException | CharacterCodingException e) {
            return false;
        }
    }
}
