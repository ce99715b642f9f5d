package org.rehabkg.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest (the build), or "dev" when run from classes. */
public final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return new String[] { "rehabkg " + (v == null ? "dev" : v) };
    }
}
