package org.rehabkg.fuzz;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

import org.apache.jena.sparql.algebra.Op;

/**
 * The server's own checks on a query, an update and an upload, called in-process by the Jazzer fuzz
 * targets ({@code *JazzerFuzz}). They are package-private in {@code org.rehabkg.server} (the server
 * exposes no API for them), so they are reached here through method handles rather than copied: the
 * fuzz then tests the code the endpoint runs, and a rename breaks this class loudly.
 */
final class ServerGuards {
    private static final String SERVER = "org.rehabkg.server.";
    /** {@code QueryShape.MAX_DEPTH}: deeper queries and updates are refused before any parser. */
    static final int MAX_DEPTH = (int) get("QueryShape", "MAX_DEPTH", int.class);
    /** {@code EndpointModule.SPILL_THRESHOLD}: the query endpoints' {@code arq:spillToDiskThreshold}. */
    static final long SPILL_THRESHOLD = (long) get("EndpointModule", "SPILL_THRESHOLD", long.class);

    private static final MethodHandle NESTING_DEPTH = find("NestingDepth", "of", MethodType.methodType(int.class, String.class));
    private static final MethodHandle HAS_SERVICE = find("NoServiceQuery", "hasService", MethodType.methodType(boolean.class, Op.class));
    private static final MethodHandle OVERFLOWED = find("NoServiceQuery", "overflowed",
            MethodType.methodType(boolean.class, org.apache.jena.query.QueryParseException.class));
    private static final MethodHandle UPDATE_REFUSAL = find("LocalOnlyUpdate", "refusal",
            MethodType.methodType(type("LocalOnlyUpdate$Refused"), String.class));
    private static final MethodHandle REFUSED_MESSAGE = findGetter("LocalOnlyUpdate$Refused", "message");
    private static final MethodHandle NOT_UTF8 = find("UploadRules", "notUtf8", MethodType.methodType(String.class, byte[].class));
    private static final MethodHandle UPLOAD_REFUSAL = find("UploadRules", "refusal", MethodType.methodType(String.class, byte[].class, String.class));

    private ServerGuards() {}

    /** {@code NestingDepth.of}: how deeply the text nests brackets, before any parser. */
    static int nestingDepth(String sparql) {
        return (int) call(NESTING_DEPTH, sparql);
    }

    /** {@code NoServiceQuery.hasService}: the algebra names SERVICE (throws Fuseki's 400 when it is too deep). */
    static boolean hasService(Op op) {
        return (boolean) call(HAS_SERVICE, op);
    }

    /** {@code NoServiceQuery.overflowed}: the parse error is ARQ's parser overflowing its stack. */
    static boolean overflowed(org.apache.jena.query.QueryParseException e) {
        return (boolean) call(OVERFLOWED, e);
    }

    /** {@code LocalOnlyUpdate.refusal}: why an update request may not run (the message the client gets), or null. */
    static String updateRefusal(String update) {
        Object refused = call(UPDATE_REFUSAL, update);
        return refused == null ? null : (String) call(REFUSED_MESSAGE, refused);
    }

    /** {@code UploadRules.notUtf8}: why the bytes are not UTF-8, or null. */
    static String notUtf8(byte[] body) {
        return (String) call(NOT_UTF8, (Object) body);
    }

    /** {@code UploadRules.refusal}: why an upload of this media type is refused, or null. */
    static String uploadRefusal(byte[] body, String contentType) {
        return (String) call(UPLOAD_REFUSAL, body, contentType);
    }

    /** Runs the handle; what the guard throws comes out as it is (an Error or an unchecked exception). */
    private static Object call(MethodHandle handle, Object... args) {
        try {
            return handle.invokeWithArguments(args);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("a server guard threw a checked exception", e);
        }
    }

    private static Class<?> type(String simpleName) {
        try {
            return Class.forName(SERVER + simpleName);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("the server's class " + simpleName + " is gone: update ServerGuards", e);
        }
    }

    private static MethodHandle find(String className, String method, MethodType type) {
        Class<?> owner = type(className);
        try {
            return MethodHandles.privateLookupIn(owner, MethodHandles.lookup()).findStatic(owner, method, type);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the server's " + className + "." + method + type + " is gone: update ServerGuards", e);
        }
    }

    /** The accessor of a record component (an instance method). */
    private static MethodHandle findGetter(String className, String component) {
        Class<?> owner = type(className);
        try {
            return MethodHandles.privateLookupIn(owner, MethodHandles.lookup()).findVirtual(owner, component, MethodType.methodType(String.class));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the server's " + className + "." + component + "() is gone: update ServerGuards", e);
        }
    }

    private static Object get(String className, String field, Class<?> type) {
        Class<?> owner = type(className);
        try {
            return MethodHandles.privateLookupIn(owner, MethodHandles.lookup()).findStaticGetter(owner, field, type).invoke();
        } catch (Throwable e) {
            throw new IllegalStateException("the server's " + className + "." + field + " is gone: update ServerGuards", e);
        }
    }
}
