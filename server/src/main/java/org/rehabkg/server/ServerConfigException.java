package org.rehabkg.server;

/** Server settings that are unsafe or incomplete together (e.g. --update without --passwd): a usage error. */
public final class ServerConfigException extends IllegalArgumentException {
    public ServerConfigException(String message) {
        super(message);
    }
}
