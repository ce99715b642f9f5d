package org.rehabkg.server;

/**
 * Log levels for serving, set through slf4j-simple's system properties. Fuseki logs two INFO lines
 * per request (the action log) and Jetty logs its start-up; by default both stay quiet so logging
 * is off the hot path. slf4j-simple fixes a logger's level when the logger is created, so this must
 * run before Jena initialises Fuseki; a level given with {@code -D} on the command line wins.
 */
public final class ServerLogging {
    private static final String PREFIX = "org.slf4j.simpleLogger.log.";
    private static final String[] PER_REQUEST = { "org.apache.jena.fuseki.Fuseki", "org.apache.jena.fuseki.Request" };
    private static final String[] START_UP = { "org.eclipse.jetty", "org.apache.jena.fuseki.Server", "org.apache.jena.fuseki.Config" };

    private ServerLogging() {}

    /** @param verbose log every request (Fuseki's action log at INFO) and Jetty's start-up */
    public static void configure(boolean verbose) {
        String level = verbose ? "info" : "warn";
        for (String logger : PER_REQUEST)
            setIfAbsent(logger, level);
        for (String logger : START_UP)
            setIfAbsent(logger, level);
    }

    private static void setIfAbsent(String logger, String level) {
        if (System.getProperty(PREFIX + logger) == null)
            System.setProperty(PREFIX + logger, level);
    }
}
