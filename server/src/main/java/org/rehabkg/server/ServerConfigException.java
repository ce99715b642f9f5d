package org.rehabkg.server;

/**
 * Server settings that are unsafe or incomplete together (e.g. updates without a password file): a
 * usage error. It names the builder setting at fault in {@link #setting()} and says why in
 * {@link #reason()}, in words of the library: a command line maps the setting to its own option name.
 */
public final class ServerConfigException extends IllegalArgumentException {
    private final String setting;
    private final String reason;

    /**
     * @param setting the {@link RehabServer.Builder} method (or system property) at fault
     * @param reason  why the setting is refused, without naming it
     */
    public ServerConfigException(String setting, String reason) {
        super(setting + ": " + reason);
        this.setting = setting;
        this.reason = reason;
    }

    /** @return the {@link RehabServer.Builder} method (or system property) at fault */
    public String setting() {
        return setting;
    }

    /** @return why the setting is refused */
    public String reason() {
        return reason;
    }
}
