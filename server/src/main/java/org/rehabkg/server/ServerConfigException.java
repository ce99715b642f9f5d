package org.rehabkg.server;

/**
 * Server settings that are unsafe or incomplete together (e.g. updates without a password file): a
 * usage error. It names the builder setting at fault ({@link #setting()}) apart from why
 * ({@link #reason()}), in the library's words: a command line maps the setting to its own option.
 */
public final class ServerConfigException extends IllegalArgumentException {
    private final String setting;

    /**
     * @param setting the {@link RehabServer.Builder} method (or system property) at fault
     * @param reason  why the setting is refused, without naming it
     */
    public ServerConfigException(String setting, String reason) {
        super(setting + ": " + reason);
        this.setting = setting;
    }

    /** @return the {@link RehabServer.Builder} method (or system property) at fault */
    public String setting() {
        return setting;
    }

    /** @return why the setting is refused: the message after the setting's name */
    public String reason() {
        return getMessage().substring(setting.length() + 2);
    }
}
